-- CreateIndex
CREATE INDEX "Vendor_organizationId_fte_idx" ON "Vendor"("organizationId", "fte");

-- CreateIndex
CREATE INDEX "Vendor_functionsServed_idx" ON "Vendor" USING GIN ("functionsServed");

-- AlterEnum
ALTER TYPE "Credential" ADD VALUE 'RHIA';

-- CreateTable
CREATE TABLE "StaffCensus" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "totalStaff" INTEGER NOT NULL,
    "certifiedStaff" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffCensus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffCensus_vendorId_key" ON "StaffCensus"("vendorId");

-- CreateIndex
CREATE INDEX "StaffCensus_organizationId_idx" ON "StaffCensus"("organizationId");

-- AddForeignKey
ALTER TABLE "StaffCensus" ADD CONSTRAINT "StaffCensus_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

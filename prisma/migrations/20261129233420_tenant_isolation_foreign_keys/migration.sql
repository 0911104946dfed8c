-- DropForeignKey
ALTER TABLE "ApiToken" DROP CONSTRAINT "ApiToken_userId_fkey";

-- DropForeignKey
ALTER TABLE "Bid" DROP CONSTRAINT "Bid_evaluationId_fkey";

-- DropForeignKey
ALTER TABLE "Bid" DROP CONSTRAINT "Bid_vendorId_fkey";

-- DropForeignKey
ALTER TABLE "BidLine" DROP CONSTRAINT "BidLine_bidId_fkey";

-- DropForeignKey
ALTER TABLE "BidLine" DROP CONSTRAINT "BidLine_evaluationFunctionId_fkey";

-- DropForeignKey
ALTER TABLE "Certification" DROP CONSTRAINT "Certification_vendorId_fkey";

-- DropForeignKey
ALTER TABLE "ComplianceEvidence" DROP CONSTRAINT "ComplianceEvidence_vendorId_fkey";

-- DropForeignKey
ALTER TABLE "EvaluationFunction" DROP CONSTRAINT "EvaluationFunction_evaluationId_fkey";

-- DropForeignKey
ALTER TABLE "MetricObservation" DROP CONSTRAINT "MetricObservation_vendorId_fkey";

-- DropForeignKey
ALTER TABLE "StaffCensus" DROP CONSTRAINT "StaffCensus_vendorId_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "Bid_id_organizationId_key" ON "Bid"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_id_evaluationId_key" ON "Bid"("id", "evaluationId");

-- CreateIndex
CREATE INDEX "Evaluation_decidedBidId_id_idx" ON "Evaluation"("decidedBidId", "id");

-- CreateIndex
CREATE INDEX "Evaluation_decidedById_organizationId_idx" ON "Evaluation"("decidedById", "organizationId");

-- CreateIndex
CREATE INDEX "Evaluation_reviewedById_organizationId_idx" ON "Evaluation"("reviewedById", "organizationId");

-- CreateIndex
CREATE INDEX "Evaluation_createdById_organizationId_idx" ON "Evaluation"("createdById", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_id_organizationId_key" ON "Evaluation"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationFunction_id_organizationId_key" ON "EvaluationFunction"("id", "organizationId");

-- CreateIndex
CREATE INDEX "MatrixOverride_createdById_organizationId_idx" ON "MatrixOverride"("createdById", "organizationId");

-- CreateIndex
CREATE INDEX "MetricObservation_enteredById_organizationId_idx" ON "MetricObservation"("enteredById", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffCensus_vendorId_organizationId_key" ON "StaffCensus"("vendorId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_id_organizationId_key" ON "Vendor"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_organizationId_fkey" FOREIGN KEY ("userId", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_vendorId_organizationId_fkey" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCensus" ADD CONSTRAINT "StaffCensus_vendorId_organizationId_fkey" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricObservation" ADD CONSTRAINT "MetricObservation_vendorId_organizationId_fkey" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricObservation" ADD CONSTRAINT "MetricObservation_enteredById_organizationId_fkey" FOREIGN KEY ("enteredById", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceEvidence" ADD CONSTRAINT "ComplianceEvidence_vendorId_organizationId_fkey" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_decidedBidId_id_fkey" FOREIGN KEY ("decidedBidId", "id") REFERENCES "Bid"("id", "evaluationId") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_decidedById_organizationId_fkey" FOREIGN KEY ("decidedById", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_reviewedById_organizationId_fkey" FOREIGN KEY ("reviewedById", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_createdById_organizationId_fkey" FOREIGN KEY ("createdById", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFunction" ADD CONSTRAINT "EvaluationFunction_evaluationId_organizationId_fkey" FOREIGN KEY ("evaluationId", "organizationId") REFERENCES "Evaluation"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_evaluationId_organizationId_fkey" FOREIGN KEY ("evaluationId", "organizationId") REFERENCES "Evaluation"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_vendorId_organizationId_fkey" FOREIGN KEY ("vendorId", "organizationId") REFERENCES "Vendor"("id", "organizationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidLine" ADD CONSTRAINT "BidLine_bidId_organizationId_fkey" FOREIGN KEY ("bidId", "organizationId") REFERENCES "Bid"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidLine" ADD CONSTRAINT "BidLine_evaluationFunctionId_organizationId_fkey" FOREIGN KEY ("evaluationFunctionId", "organizationId") REFERENCES "EvaluationFunction"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatrixOverride" ADD CONSTRAINT "MatrixOverride_createdById_organizationId_fkey" FOREIGN KEY ("createdById", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "ComplianceEvidence" ADD COLUMN     "documentIssuer" TEXT,
ADD COLUMN     "periodEnd" DATE,
ADD COLUMN     "periodStart" DATE;

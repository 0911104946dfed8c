-- AlterEnum
ALTER TYPE "BidStatus" ADD VALUE 'DRAFT';

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "decisionSnapshot" JSONB;

-- AlterTable
ALTER TABLE "BidLine" ALTER COLUMN "denialRate" DROP NOT NULL,
ALTER COLUMN "reworkRate" DROP NOT NULL,
ALTER COLUMN "overturnRate" DROP NOT NULL,
ALTER COLUMN "codingAccuracy" DROP NOT NULL,
ALTER COLUMN "firstPassRate" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Evaluation" ALTER COLUMN "monteCarloIterations" SET DEFAULT 10000;

-- Evaluations never chose their iteration count (no form offered it): move them to the new default.
UPDATE "Evaluation" SET "monteCarloIterations" = 10000 WHERE "monteCarloIterations" = 5000;

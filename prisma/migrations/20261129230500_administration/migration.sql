-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "role" "Role";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "assumptionSources" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "criterionWeights" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'PROCUREMENT', 'EXECUTIVE');

-- CreateEnum
CREATE TYPE "OperatingModel" AS ENUM ('GENERALIST', 'SPECIALIZED', 'AI_HYBRID');

-- CreateEnum
CREATE TYPE "AiUse" AS ENUM ('NONE', 'HUMAN_IN_THE_LOOP', 'AUTONOMOUS');

-- CreateEnum
CREATE TYPE "HealthcareFunction" AS ENUM ('MEDICAL_TRANSCRIPTION', 'COMPLEX_CLAIMS_DENIALS', 'PATIENT_SCHEDULING', 'PRIOR_AUTHORIZATION', 'AR_FOLLOW_UP', 'MEDICAL_CODING', 'CLINICAL_DOCUMENTATION_IMPROVEMENT', 'ELIGIBILITY_VERIFICATION', 'PAYMENT_POSTING');

-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('SPECIALIZED', 'GENERALIST_OR_AI_HYBRID', 'GENERALIST');

-- CreateEnum
CREATE TYPE "MetricKey" AS ENUM ('FIRST_PASS_RATE', 'CODING_ACCURACY', 'DENIAL_RATE', 'REWORK_RATE', 'OVERTURN_RATE', 'STAFF_TURNOVER');

-- CreateEnum
CREATE TYPE "MetricSource" AS ENUM ('VENDOR_CLAIMED', 'REFERENCE_CHECK', 'CLIENT_MEASURED', 'AUDITED');

-- CreateEnum
CREATE TYPE "MeasurementBasis" AS ENUM ('CODE', 'CLAIM', 'FINANCIAL');

-- CreateEnum
CREATE TYPE "Credential" AS ENUM ('CPC', 'RHIT', 'CCS', 'RN');

-- CreateEnum
CREATE TYPE "EvidenceItem" AS ENUM ('SOC2_TYPE_II', 'HIPAA_BAA', 'HITRUST_CSF', 'HITECH_BREACH_PROCEDURE', 'COMPLIANCE_OFFICER', 'DATA_SEGREGATION', 'INCIDENT_RESPONSE_DRILL', 'CLEAN_EXTERNAL_AUDIT');

-- CreateEnum
CREATE TYPE "VerificationLevel" AS ENUM ('CLAIMED', 'DOCUMENTED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('DRAFT', 'OPEN', 'DECISION_RECORDED', 'APPROVED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "BidStatus" AS ENUM ('SUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PricingModel" AS ENUM ('PER_HOUR', 'PER_FTE_MONTH', 'PER_UNIT', 'PERCENT_OF_COLLECTIONS');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "assumptions" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "deactivatedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT,
    "headquarters" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "operatingModel" "OperatingModel" NOT NULL,
    "aiUse" "AiUse" NOT NULL DEFAULT 'HUMAN_IN_THE_LOOP',
    "functionsServed" "HealthcareFunction"[],
    "fte" INTEGER,
    "annualTurnoverRate" DECIMAL(9,6),
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "credential" "Credential" NOT NULL,
    "count" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricObservation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "metric" "MetricKey" NOT NULL,
    "value" DECIMAL(9,6) NOT NULL,
    "asOf" DATE NOT NULL,
    "source" "MetricSource" NOT NULL,
    "measurementBasis" "MeasurementBasis",
    "note" TEXT,
    "enteredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MetricObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceEvidence" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "item" "EvidenceItem" NOT NULL,
    "level" "VerificationLevel" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "expiresAt" DATE,
    "documentRef" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "EvaluationStatus" NOT NULL DEFAULT 'DRAFT',
    "termMonths" INTEGER NOT NULL DEFAULT 36,
    "assumptions" JSONB NOT NULL DEFAULT '{}',
    "weights" JSONB NOT NULL DEFAULT '{}',
    "monteCarloSeed" INTEGER NOT NULL,
    "monteCarloIterations" INTEGER NOT NULL DEFAULT 5000,
    "asOfDate" DATE,
    "decidedBidId" TEXT,
    "decisionRationale" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationFunction" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "function" "HealthcareFunction" NOT NULL,
    "volumePerMonth" DECIMAL(14,2) NOT NULL,
    "revenuePerUnit" DECIMAL(14,2) NOT NULL,
    "baselineDenialRate" DECIMAL(9,6) NOT NULL,
    "baselineReworkRate" DECIMAL(9,6) NOT NULL,
    "baselineOverturnRate" DECIMAL(9,6) NOT NULL,
    "baselineCodingAccuracy" DECIMAL(9,6) NOT NULL,
    "baselineFirstPassRate" DECIMAL(9,6) NOT NULL,
    "baselineMonthlyCost" DECIMAL(14,2) NOT NULL,
    "ranges" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bid" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "status" "BidStatus" NOT NULL DEFAULT 'SUBMITTED',
    "implementationFee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "oversightPerMonth" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "fte" DECIMAL(9,2),
    "turnoverRate" DECIMAL(9,6),
    "complianceMaturity" DECIMAL(9,6),
    "ranges" JSONB NOT NULL DEFAULT '{}',
    "notes" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidLine" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "evaluationFunctionId" TEXT NOT NULL,
    "pricingModel" "PricingModel" NOT NULL,
    "rate" DECIMAL(14,4) NOT NULL,
    "hoursPerMonth" DECIMAL(12,2),
    "fte" DECIMAL(9,2),
    "monthlyMinimum" DECIMAL(14,2),
    "denialRate" DECIMAL(9,6) NOT NULL,
    "reworkRate" DECIMAL(9,6) NOT NULL,
    "overturnRate" DECIMAL(9,6) NOT NULL,
    "codingAccuracy" DECIMAL(9,6) NOT NULL,
    "firstPassRate" DECIMAL(9,6) NOT NULL,
    "ranges" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BidLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatrixOverride" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "function" "HealthcareFunction" NOT NULL,
    "clinicalComplexity" INTEGER,
    "payerPolicyDependence" INTEGER,
    "complianceSensitivity" INTEGER,
    "automationPotential" INTEGER,
    "handlesPhi" BOOLEAN,
    "recommendation" "Recommendation",
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatrixOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_role_idx" ON "User"("organizationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_organizationId_idx" ON "ApiToken"("organizationId");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Vendor_organizationId_operatingModel_idx" ON "Vendor"("organizationId", "operatingModel");

-- CreateIndex
CREATE INDEX "Vendor_organizationId_updatedAt_idx" ON "Vendor"("organizationId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_organizationId_name_key" ON "Vendor"("organizationId", "name");

-- CreateIndex
CREATE INDEX "Certification_organizationId_idx" ON "Certification"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_vendorId_credential_key" ON "Certification"("vendorId", "credential");

-- CreateIndex
CREATE INDEX "MetricObservation_organizationId_idx" ON "MetricObservation"("organizationId");

-- CreateIndex
CREATE INDEX "MetricObservation_vendorId_metric_asOf_idx" ON "MetricObservation"("vendorId", "metric", "asOf");

-- CreateIndex
CREATE INDEX "ComplianceEvidence_organizationId_expiresAt_idx" ON "ComplianceEvidence"("organizationId", "expiresAt");

-- CreateIndex
CREATE INDEX "ComplianceEvidence_vendorId_item_idx" ON "ComplianceEvidence"("vendorId", "item");

-- CreateIndex
CREATE INDEX "Evaluation_organizationId_status_idx" ON "Evaluation"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Evaluation_organizationId_updatedAt_idx" ON "Evaluation"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "EvaluationFunction_organizationId_idx" ON "EvaluationFunction"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationFunction_evaluationId_function_key" ON "EvaluationFunction"("evaluationId", "function");

-- CreateIndex
CREATE INDEX "Bid_organizationId_idx" ON "Bid"("organizationId");

-- CreateIndex
CREATE INDEX "Bid_evaluationId_idx" ON "Bid"("evaluationId");

-- CreateIndex
CREATE INDEX "Bid_vendorId_idx" ON "Bid"("vendorId");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_evaluationId_label_key" ON "Bid"("evaluationId", "label");

-- CreateIndex
CREATE INDEX "BidLine_organizationId_idx" ON "BidLine"("organizationId");

-- CreateIndex
CREATE INDEX "BidLine_evaluationFunctionId_idx" ON "BidLine"("evaluationFunctionId");

-- CreateIndex
CREATE UNIQUE INDEX "BidLine_bidId_evaluationFunctionId_key" ON "BidLine"("bidId", "evaluationFunctionId");

-- CreateIndex
CREATE UNIQUE INDEX "MatrixOverride_organizationId_function_key" ON "MatrixOverride"("organizationId", "function");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_entityType_entityId_idx" ON "AuditEvent"("organizationId", "entityType", "entityId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricObservation" ADD CONSTRAINT "MetricObservation_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceEvidence" ADD CONSTRAINT "ComplianceEvidence_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFunction" ADD CONSTRAINT "EvaluationFunction_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidLine" ADD CONSTRAINT "BidLine_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidLine" ADD CONSTRAINT "BidLine_evaluationFunctionId_fkey" FOREIGN KEY ("evaluationFunctionId") REFERENCES "EvaluationFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatrixOverride" ADD CONSTRAINT "MatrixOverride_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "SecurityEventType" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'LOCKOUT', 'SIGN_OUT');

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "type" "SecurityEventType" NOT NULL,
    "email" TEXT,
    "userId" TEXT,
    "organizationId" TEXT,
    "clientAddress" TEXT,
    "channel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_email_type_createdAt_idx" ON "SecurityEvent"("email", "type", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_clientAddress_type_createdAt_idx" ON "SecurityEvent"("clientAddress", "type", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_organizationId_createdAt_idx" ON "SecurityEvent"("organizationId", "createdAt");

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_organizationId_fkey";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorTokenId" TEXT,
ADD COLUMN     "requestId" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_id_organizationId_key" ON "ApiToken"("id", "organizationId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_organizationId_idx" ON "AuditEvent"("actorId", "organizationId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorTokenId_organizationId_idx" ON "AuditEvent"("actorTokenId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_id_organizationId_key" ON "User"("id", "organizationId");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_organizationId_fkey" FOREIGN KEY ("actorId", "organizationId") REFERENCES "User"("id", "organizationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorTokenId_organizationId_fkey" FOREIGN KEY ("actorTokenId", "organizationId") REFERENCES "ApiToken"("id", "organizationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail is append-only in the database, whoever connects: UPDATE, DELETE and
-- TRUNCATE on "AuditEvent" are refused by triggers (a superuser or the table's owner could
-- drop them, which itself needs DDL rights the app's run-time role should not have; README).
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % on "AuditEvent" is refused', TG_OP
    USING ERRCODE = 'raise_exception', HINT = 'Record a new event instead of changing an old one.';
END;
$$;

CREATE TRIGGER "AuditEvent_refuse_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_refuse_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

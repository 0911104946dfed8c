import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";

/** How far ahead the home page warns about expiring evidence. */
export const EXPIRY_WARNING_DAYS = 60;

export const listOpenEvaluations = cache(async (organizationId: string) => {
  const db = await getDb();
  return db.evaluation.findMany({
    where: { organizationId, status: { in: ["DRAFT", "OPEN", "DECISION_RECORDED"] } },
    orderBy: { updatedAt: "desc" },
    take: 10,
    select: { id: true, name: true, status: true, termMonths: true, updatedAt: true, _count: { select: { bids: true } } },
  });
});

/** Evidence that expires within EXPIRY_WARNING_DAYS (and what expired in the last 30 days). */
export const listExpiringEvidence = cache(async (organizationId: string, now: Date = new Date()) => {
  const db = await getDb();
  const day = 24 * 60 * 60 * 1000;
  return db.complianceEvidence.findMany({
    where: {
      organizationId,
      expiresAt: { gte: new Date(now.getTime() - 30 * day), lte: new Date(now.getTime() + EXPIRY_WARNING_DAYS * day) },
      vendor: { archivedAt: null },
    },
    orderBy: { expiresAt: "asc" },
    take: 10,
    select: { id: true, item: true, level: true, expiresAt: true, vendor: { select: { id: true, name: true } } },
  });
});

export const listRecentActivity = cache(async (organizationId: string) => {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { organizationId, action: { not: "sign-in" } },
    orderBy: { createdAt: "desc" },
    take: 8,
    select: { id: true, action: true, entityType: true, actorEmail: true, createdAt: true },
  });
});

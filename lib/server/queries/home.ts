import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";
import { EXPIRY_WARNING_DAYS } from "@/lib/scoring/compliance";


export const listOpenEvaluations = cache(async (organizationId: string) => {
  const db = await getDb();
  return db.evaluation.findMany({
    where: { organizationId, status: { in: ["DRAFT", "OPEN", "DECISION_RECORDED"] } },
    orderBy: { updatedAt: "desc" },
    take: 10,
    select: { id: true, name: true, status: true, termMonths: true, updatedAt: true, _count: { select: { bids: true } } },
  });
});

const HOME_EVIDENCE_LIMIT = 10;

/**
 * Evidence that expires within EXPIRY_WARNING_DAYS (and what expired in the last 30 days),
 * leaving out records already renewed: a later record of the same item for the same vendor.
 */
export const listExpiringEvidence = cache(async (organizationId: string, now: Date) => {
  const db = await getDb();
  const day = 24 * 60 * 60 * 1000;
  const candidates = await db.complianceEvidence.findMany({
    where: {
      organizationId,
      expiresAt: { gte: new Date(now.getTime() - 30 * day), lte: new Date(now.getTime() + EXPIRY_WARNING_DAYS * day) },
      vendor: { archivedAt: null },
    },
    orderBy: { expiresAt: "asc" },
    select: { id: true, item: true, level: true, expiresAt: true, vendorId: true, vendor: { select: { id: true, name: true } } },
  });
  if (candidates.length === 0) return [];
  // Items that expire always have an expiry date, so the newest record is the one expiring last.
  const latest = await db.complianceEvidence.groupBy({
    by: ["vendorId", "item"],
    where: { organizationId, vendorId: { in: [...new Set(candidates.map((c) => c.vendorId))] } },
    _max: { expiresAt: true },
  });
  const key = (vendorId: string, item: string) => `${vendorId}:${item}`;
  const newest = new Map(latest.map((row) => [key(row.vendorId, row.item), row._max.expiresAt?.getTime()]));
  return candidates.filter((c) => newest.get(key(c.vendorId, c.item)) === c.expiresAt?.getTime()).slice(0, HOME_EVIDENCE_LIMIT);
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

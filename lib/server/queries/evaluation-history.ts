import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/server/db/client";
import { describeHistoryEvent, type HistoryLine } from "@/lib/evaluation/evaluation-history";

export interface HistoryEntry extends HistoryLine {
  id: string;
  at: Date;
  /** "Dana Reyes (dana@hospital.example)", or the email alone for a user since removed. */
  who: string;
}

/**
 * The evaluation's history, oldest first: its own audit events and its bids' (a bid's events
 * carry the evaluation's id in their before/after, so removed bids stay in the history).
 */
export const getEvaluationHistory = cache(async (organizationId: string, evaluationId: string): Promise<HistoryEntry[]> => {
  const db = await getDb();
  const events = await db.auditEvent.findMany({
    where: {
      organizationId,
      OR: [
        { entityType: "Evaluation", entityId: evaluationId },
        { entityType: "Bid", after: { path: ["evaluationId"], equals: evaluationId } },
        { entityType: "Bid", before: { path: ["evaluationId"], equals: evaluationId } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const users = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds }, organizationId }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return events.map((event) => {
    const name = event.actorId ? nameOf.get(event.actorId) : undefined;
    const who = name ? `${name} (${event.actorEmail ?? "no email"})` : (event.actorEmail ?? "The system");
    return { id: event.id, at: event.createdAt, who, ...describeHistoryEvent(event) };
  });
});

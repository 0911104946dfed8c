import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { EvaluationStatus, Prisma } from "@/lib/generated/prisma/client";
import { lastChangeOf } from "@/lib/server/audit/last-change";
import { NotFoundError, RuleViolationError, VersionConflictError } from "@/lib/server/domain-errors";
import type { Tx } from "@/lib/server/mutations/vendor-change";

/** Statuses whose scope, assumptions and weights may still change. */
export const EDITABLE_STATUSES: readonly EvaluationStatus[] = ["DRAFT", "OPEN"];
/** Statuses in which bids may be entered, changed or removed. */
export const BIDDING_STATUSES: readonly EvaluationStatus[] = ["OPEN"];

/** Why a change is refused in a status, in the words the pages use. */
export function statusRefusal(status: EvaluationStatus, allowed: readonly EvaluationStatus[]): string {
  if (status === "DECISION_RECORDED" || status === "APPROVED") return "This evaluation's decision is recorded: it is read-only until Procurement reopens it.";
  if (status === "ARCHIVED") return "This evaluation is archived and read-only.";
  if (status === "DRAFT" && allowed.includes("OPEN")) return "Open the evaluation for bids first.";
  return `This change is not possible while the evaluation is ${status.toLowerCase().replaceAll("_", " ")}.`;
}

interface EvaluationChange {
  evaluationId: string;
  /** Statuses the evaluation must be in. */
  allowed: readonly EvaluationStatus[];
  /** The version the caller saw; absent = whatever is current (bid edits carry the bid's version instead). */
  version?: number;
  data?: Prisma.EvaluationUncheckedUpdateManyInput;
}

/**
 * Claims an evaluation for a change inside a transaction: it must be the organisation's
 * (NotFoundError), in an allowed status (RuleViolationError) and, when `version` is given, at
 * that version (VersionConflictError naming who changed it). Applies `data` and bumps the
 * version in one conditional update, so a concurrent decision and edit cannot both win.
 * Returns the row as it was before.
 */
export async function claimEvaluation(tx: Tx, auth: AuthContext, change: EvaluationChange) {
  const before = await tx.evaluation.findFirst({ where: { id: change.evaluationId, organizationId: auth.organizationId } });
  if (!before) throw new NotFoundError("Evaluation");
  if (!change.allowed.includes(before.status)) throw new RuleViolationError(statusRefusal(before.status, change.allowed));
  const { count } = await tx.evaluation.updateMany({
    where: { id: before.id, organizationId: auth.organizationId, status: { in: [...change.allowed] }, version: change.version ?? before.version },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count === 0) throw new VersionConflictError("Evaluation", before.version, await lastChangeOf(tx, auth.organizationId, "Evaluation", before.id, before.updatedAt));
  return before;
}

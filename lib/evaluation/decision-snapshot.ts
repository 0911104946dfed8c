import type { StoredEvaluation } from "@/lib/evaluation/stored-evaluation";

/** Bumped when a snapshot's shape changes, so an old snapshot is read knowingly. */
export const DECISION_SNAPSHOT_FORMAT = 1;

/** A StoredEvaluation frozen at a decision, as JSON (dates as ISO strings). */
export interface DecisionSnapshot {
  format: typeof DECISION_SNAPSHOT_FORMAT;
  /** When the snapshot was taken (ISO). */
  takenAt: string;
  stored: unknown;
}

/**
 * Freezes everything an evaluation's results depend on (MODEL.md inputs: metric values,
 * evidence, assumptions, weights, seed) as plain JSON, to store with a recorded decision.
 */
export function takeDecisionSnapshot(stored: StoredEvaluation, takenAt: Date): DecisionSnapshot {
  return { format: DECISION_SNAPSHOT_FORMAT, takenAt: takenAt.toISOString(), stored: JSON.parse(JSON.stringify(stored)) };
}

function date(value: unknown): Date {
  const parsed = new Date(String(value));
  if (Number.isNaN(parsed.getTime())) throw new Error(`A decision snapshot holds an invalid date: ${String(value)}`);
  return parsed;
}

/**
 * The StoredEvaluation a snapshot froze, with its dates revived. The snapshot was written by
 * takeDecisionSnapshot from a StoredEvaluation, so only the dates need restoring; a snapshot of
 * another format is refused rather than misread. `version` is the evaluation's current one.
 */
export function storedFromSnapshot(snapshot: unknown, version: number): StoredEvaluation {
  const s = snapshot as Partial<DecisionSnapshot> | null;
  if (!s || s.format !== DECISION_SNAPSHOT_FORMAT || typeof s.stored !== "object" || s.stored === null) {
    throw new Error("The decision snapshot is missing or of an unknown format.");
  }
  const { organizationAssumptions, ...stored } = structuredClone(s.stored) as StoredEvaluation & { organizationAssumptions?: StoredEvaluation["assumptions"] };
  return {
    ...stored,
    // Snapshots taken while results still overlaid the organisation's defaults keep those values.
    assumptions: { ...organizationAssumptions, ...stored.assumptions },
    version,
    asOf: date(stored.asOf),
    vendors: stored.vendors.map((v) => ({
      ...v,
      observations: v.observations.map((o) => ({ ...o, asOf: date(o.asOf) })),
      evidence: v.evidence.map((e) => ({ ...e, effectiveDate: date(e.effectiveDate) })),
    })),
  };
}

/** When the snapshot was taken. */
export function snapshotTakenAt(snapshot: unknown): Date | null {
  const takenAt = (snapshot as Partial<DecisionSnapshot> | null)?.takenAt;
  return typeof takenAt === "string" ? date(takenAt) : null;
}

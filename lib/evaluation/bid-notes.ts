import type { Criterion } from "@/lib/scoring/criteria";
import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import type { MetricKey } from "@/lib/scoring/metric-evidence";
import { PERFORMANCE_RATES, type PerformanceRate } from "@/lib/tco/scenario";
import type { BidNote, FunctionOutcome, LineOutcome, ValueBasis } from "@/lib/evaluation/evaluation-results";
import { formatPercent } from "@/lib/format";

/** Rates of a performance profile as people say them. */
export const RATE_LABELS: Record<PerformanceRate, string> = {
  denialRate: "denial rate",
  reworkRate: "rework rate",
  overturnRate: "overturn rate",
  codingAccuracy: "coding accuracy",
  firstPassRate: "first-pass rate",
};

/** Registry metrics as people say them. */
export const METRIC_LABELS: Record<MetricKey, string> = {
  FIRST_PASS_RATE: "First-pass payment rate",
  CODING_ACCURACY: "Coding accuracy",
  DENIAL_RATE: "Initial denial rate",
  REWORK_RATE: "Rework rate",
  OVERTURN_RATE: "Overturn rate",
  STAFF_TURNOVER: "Annual staff turnover",
};

interface NoteInput {
  lines: readonly LineOutcome[];
  uncoveredFunctionKeys: readonly string[];
  criterionValues: Readonly<Record<string, number | null>>;
  criterionBasis: Readonly<Record<string, ValueBasis>>;
}

interface NoteContext {
  functions: readonly FunctionOutcome[];
  criteria: readonly Criterion[];
  /** Claim haircut, fraction. */
  haircut: number;
  /** Vendor staff on the account as the bid gives it; null = not given. */
  accountFte: number | null;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * What a reader must know about a bid's data, each as a sentence: functions it leaves with today's
 * arrangement, values resting only on the vendor's claim (claimed beside used), rates where no
 * data exists and today's baseline is assumed, criteria with no data, and a missing FTE.
 */
export function bidNotes(bid: NoteInput, context: NoteContext): BidNote[] {
  const notes: BidNote[] = [];
  const functionLabel = (key: string) => DECISION_MATRIX_FACTORS[context.functions.find((f) => f.key === key)!.function].label;

  if (bid.uncoveredFunctionKeys.length > 0) {
    const names = listInWords(bid.uncoveredFunctionKeys.map(functionLabel));
    const covered = context.functions.length - bid.uncoveredFunctionKeys.length;
    notes.push({
      kind: "PARTIAL_SCOPE",
      functionKeys: [...bid.uncoveredFunctionKeys],
      message: `Covers ${covered} of ${context.functions.length} functions in scope: ${names} ${bid.uncoveredFunctionKeys.length > 1 ? "stay" : "stays"} with today's arrangement, and ${bid.uncoveredFunctionKeys.length > 1 ? "their" : "its"} baseline cost is counted in this bid's TCO.`,
    });
  }

  const claims = new Map<MetricKey, ValueBasis & { kind: "VENDOR_METRIC" }>();
  const usedValue = new Map<MetricKey, number>();
  const remember = (basis: ValueBasis, value: number | null) => {
    if (basis.kind === "VENDOR_METRIC" && basis.source === "VENDOR_CLAIMED" && value !== null) {
      claims.set(basis.metric, basis);
      usedValue.set(basis.metric, value);
    }
  };
  for (const line of bid.lines) for (const rate of PERFORMANCE_RATES) remember(line.performance[rate].basis, line.performance[rate].value);
  remember(bid.criterionBasis.STAFF_TURNOVER ?? { kind: "MISSING" }, bid.criterionValues.STAFF_TURNOVER ?? null);
  for (const [metric, basis] of claims) {
    const used = usedValue.get(metric)!;
    const label = METRIC_LABELS[metric];
    notes.push({
      kind: "CLAIM_ONLY",
      metric,
      claimed: basis.observedValue,
      used,
      haircutApplied: basis.haircutApplied,
      message: basis.haircutApplied
        ? `${label} rests only on the vendor's claim: claimed ${formatPercent(basis.observedValue)}, used ${formatPercent(used)} after the ${formatPercent(context.haircut)} claim haircut.`
        : `${label} rests only on the vendor's claim (${formatPercent(basis.observedValue)}), used as claimed because it is not better than the benchmark midpoint.`,
    });
  }

  for (const rate of PERFORMANCE_RATES) {
    const keys = bid.lines.filter((line) => line.performance[rate].basis.kind === "BASELINE_ASSUMED").map((line) => line.functionKey);
    if (keys.length === 0) continue;
    notes.push({
      kind: "BASELINE_ASSUMED",
      rate,
      functionKeys: keys,
      message: `No commitment or vendor data for the ${RATE_LABELS[rate]} of ${listInWords(keys.map(functionLabel))}: today's baseline is assumed (no improvement credited).`,
    });
  }

  for (const criterion of context.criteria) {
    if (criterion.key === "TCO_PER_UNIT" || bid.criterionValues[criterion.key] !== null) continue;
    notes.push({ kind: "MISSING_DATA", criterion: criterion.key, message: `No data for ${criterion.label}: the bid scores 0 on it.` });
  }

  if (context.accountFte === null) {
    notes.push({ kind: "NO_ACCOUNT_FTE", message: "The bid gives no FTE on the account, so its staff-turnover cost counts as $0." });
  }
  return notes;
}

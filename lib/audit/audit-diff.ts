import { fieldFormat, formatFieldValue, isRange, type FieldContext } from "@/lib/audit/audit-field-formats";
import { formatCode } from "@/lib/format";

/** One field that an audited change touched, formatted for people; null = the field was absent (created or removed). */
export interface AuditFieldChange {
  path: string;
  label: string;
  before: string | null;
  after: string | null;
}

// Bookkeeping every row has: not what anybody changed.
const IGNORED = new Set(["id", "organizationId", "createdAt", "updatedAt", "version", "passwordHash", "tokenHash", "decisionSnapshot"]);

const LABELS: Record<string, string> = {
  fte: "FTE",
  aiUse: "AI use",
  annualTurnoverRate: "Annual staff turnover",
  turnoverRate: "Staff turnover",
  functionsServed: "Functions served",
  vendorId: "Vendor",
  evaluationId: "Evaluation",
  decidedBidId: "Chosen bid",
  monteCarloSeed: "Monte Carlo seed",
  monteCarloIterations: "Monte Carlo iterations",
  termMonths: "Term (months)",
  asOf: "As of",
  asOfDate: "Evidence judged as of",
  documentRef: "Document",
  firstPassRate: "First-pass rate",
  baselineFirstPassRate: "Baseline first-pass rate",
  volumePerMonth: "Volume per month",
  hoursPerMonth: "Hours per month",
};

/**
 * The readable difference between an audit event's before and after: nested records are
 * flattened to paths ("weights.CODING_ACCURACY", "lines.MEDICAL_CODING.pricing.rate"), fields
 * that did not change and bookkeeping columns are left out, money and rates formatted.
 */
export function auditDiff(before: unknown, after: unknown, entityType: string): AuditFieldChange[] {
  const was = flatten(before);
  const is = flatten(after);
  const context: FieldContext = { entityType, pricingModel: pricingModelOf(after) ?? pricingModelOf(before) };
  const paths = [...is.keys(), ...[...was.keys()].filter((path) => !is.has(path))];
  const changes: AuditFieldChange[] = [];
  for (const path of paths) {
    const old = was.get(path);
    const now = is.get(path);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    const format = fieldFormat(path, context);
    changes.push({
      path,
      label: labelOf(path),
      before: was.has(path) ? formatFieldValue(old, format) : null,
      after: is.has(path) ? formatFieldValue(now, format) : null,
    });
  }
  return changes;
}

/** Leaves by dotted path; a range, a list of plain values and an empty object stay whole. */
function flatten(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || value === undefined) return into;
  if (typeof value !== "object" || isRange(value) || (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))) {
    if (prefix) into.set(prefix, value);
    return into;
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [itemKey(item, index), item] as const) : Object.entries(value);
  if (entries.length === 0 && prefix) into.set(prefix, Array.isArray(value) ? [] : "—");
  for (const [key, child] of entries) {
    if (!Array.isArray(value) && IGNORED.has(key)) continue;
    flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

/** A list item is named by its function (bid lines, scope) when it has one, so reordering is no change. */
function itemKey(item: unknown, index: number): string {
  const fn = typeof item === "object" && item !== null ? (item as { function?: unknown }).function : undefined;
  return typeof fn === "string" ? fn : String(index + 1);
}

function pricingModelOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as { pricingModel?: unknown; pricing?: { model?: unknown } };
  const model = record.pricingModel ?? record.pricing?.model;
  return typeof model === "string" ? model : undefined;
}

/** "lines.MEDICAL_CODING.pricing.rate" → "Lines · Medical coding · Pricing · Rate". */
export function labelOf(path: string): string {
  return path
    .split(".")
    .map((segment) => LABELS[segment] ?? (/^[A-Z0-9_]+$/.test(segment) ? formatCode(segment) : words(segment)))
    .join(" · ");
}

function words(camel: string): string {
  const text = camel.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

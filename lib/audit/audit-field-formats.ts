import { formatCode, formatDate, formatDateTime, formatInteger, formatMoneyCents, formatPercent } from "@/lib/format";

// How the audit trail shows a stored value, by field name: money as dollars, rates (stored as
// fractions) as percentages, dates as dates. Audit events hold JSON, so Decimals arrive as
// strings and dates as ISO text.

export type FieldFormat = "money" | "percent" | "date" | "dateTime" | "code" | "number" | "text";

const MONEY = new Set([
  "implementationFee",
  "oversightPerMonth",
  "monthlyMinimum",
  "baselineMonthlyCost",
  "revenuePerUnit",
  "reworkCostPerDenial",
  "breachCost",
  "departureCost",
]);

const PERCENT = new Set([
  "annualTurnoverRate",
  "turnoverRate",
  "complianceMaturity",
  "denialRate",
  "reworkRate",
  "overturnRate",
  "codingAccuracy",
  "firstPassRate",
  "baselineDenialRate",
  "baselineReworkRate",
  "baselineOverturnRate",
  "baselineCodingAccuracy",
  "baselineFirstPassRate",
  "undercodeShare",
  "undercodeLoss",
  "auditRate",
  "costOfCapital",
  "breachProbAtZero",
  "breachProbAtFull",
  "claimHaircut",
  "certifiedShare",
]);

const DATES = new Set(["asOf", "asOfDate", "effectiveDate", "expiresAt", "periodStart", "periodEnd"]);
const DATE_TIMES = new Set(["archivedAt", "decidedAt", "reviewedAt", "submittedAt", "deactivatedAt", "revokedAt", "createdAt"]);
const CODES = new Set(["operatingModel", "aiUse", "functionsServed", "function", "status", "metric", "source", "measurementBasis", "item", "level", "credential", "pricingModel", "model", "recommendation", "role", "outcome"]);

/** Where a value sits: the record's type and, for a bid line, its pricing model (a rate is money or a share of collections). */
export interface FieldContext {
  entityType: string;
  pricingModel?: string;
}

/** The format of the field at the end of `path` (e.g. "lines.1.pricing.rate"). */
export function fieldFormat(path: string, context: FieldContext): FieldFormat {
  const segments = path.split(".");
  const field = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  if (MONEY.has(field)) return "money";
  if (PERCENT.has(field)) return "percent";
  // A metric observation's value is a fraction for every metric (MODEL.md §3).
  if (field === "value" && context.entityType === "MetricObservation") return "percent";
  if (field === "rate") return context.pricingModel === "PERCENT_OF_COLLECTIONS" ? "percent" : "money";
  // Assumption and weight maps are keyed by name: weights are plain numbers.
  if (parent === "weights") return "number";
  if (DATES.has(field)) return "date";
  if (DATE_TIMES.has(field)) return "dateTime";
  if (CODES.has(field)) return "code";
  return "text";
}

/** One stored value as the trail shows it; a {low, mode, high} range as "low – mode – high". */
export function formatFieldValue(value: unknown, format: FieldFormat): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((item) => formatFieldValue(item, format)).join(", ");
  if (isRange(value)) return [value.low, value.mode, value.high].map((part) => formatFieldValue(part, format)).join(" – ");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  switch (format) {
    case "money":
      return asNumber(value, formatMoneyCents);
    case "percent":
      return asNumber(value, formatPercent);
    case "number":
      return asNumber(value, (n) => (Number.isInteger(n) ? formatInteger(n) : String(n)));
    case "date":
      return asDate(value, formatDate);
    case "dateTime":
      return asDate(value, formatDateTime);
    case "code":
      return typeof value === "string" ? formatCode(value) : String(value);
    default:
      return String(value);
  }
}

export function isRange(value: unknown): value is { low: unknown; mode: unknown; high: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "low" in value && "mode" in value && "high" in value && Object.keys(value).length === 3;
}

function asNumber(value: unknown, format: (n: number) => string): string {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? format(n) : String(value);
}

function asDate(value: unknown, format: (date: Date) => string): string {
  const date = typeof value === "string" || typeof value === "number" ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? format(date) : String(value);
}

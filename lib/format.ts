// Display formatting only; the engine and the database keep full precision.
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const moneyCents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const moneyCompact = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
const wholePercent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

type Num = number | { toString(): string } | null | undefined;

function toNumber(value: Num): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value.toString());
  return Number.isFinite(n) ? n : null;
}

/** US dollars without cents, e.g. "$1,234,567"; "—" when unknown. */
export function formatMoney(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : money.format(n);
}

/** US dollars with cents, for rates and per-unit figures. */
export function formatMoneyCents(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : moneyCents.format(n);
}

/** A fraction as a percentage: 0.14 → "14.0%". */
export function formatPercent(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : percent.format(n);
}

/**
 * A stored fraction as a form shows it, in percent without float noise: 0.275 → "27.5"
 * (0.275 * 100 is 27.500000000000004); "" when unknown. Pairs with fractionFromPercentInput.
 */
export function percentInputFromFraction(value: Num): string {
  const n = toNumber(value);
  return n === null ? "" : String(Number((n * 100).toPrecision(12)));
}

/**
 * What a person typed in a percent field, as a fraction: "27.5" or "27.5 %" → 0.275.
 * Empty → undefined (the field was left blank); text that is not a number → NaN, so the
 * schema rejects it with the field's own message.
 */
export function fractionFromPercentInput(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s*%$/, "").replaceAll(",", "");
  if (trimmed === "") return undefined;
  const percent = Number(trimmed);
  return Number.isFinite(percent) ? Number((percent / 100).toPrecision(12)) : Number.NaN;
}

/** US dollars in compact form for chart axes and headlines: 45858722 → "$45.9M". */
export function formatMoneyCompact(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : moneyCompact.format(n);
}

/** A fraction as a whole percentage: 0.3125 → "31%". */
export function formatWholePercent(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : wholePercent.format(n);
}

export function formatInteger(value: Num): string {
  const n = toNumber(value);
  return n === null ? "—" : integer.format(n);
}

/** A calendar date (stored as UTC midnight), e.g. "Nov 28, 2026". */
export function formatDate(value: Date | null | undefined): string {
  return value ? date.format(value) : "—";
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? `${dateTime.format(value)} UTC` : "—";
}

// Codes whose words need their own capitals or punctuation.
const CODE_LABELS: Record<string, string> = {
  AI_HYBRID: "AI hybrid",
  GENERALIST_OR_AI_HYBRID: "Generalist / AI-hybrid",
  AR_FOLLOW_UP: "A/R follow-up",
  COMPLEX_CLAIMS_DENIALS: "Complex claims / denials",
  SOC2_TYPE_II: "SOC 2 Type II",
  HIPAA_BAA: "HIPAA BAA",
  HITRUST_CSF: "HITRUST CSF",
  HITECH_BREACH_PROCEDURE: "HITECH breach procedure",
  COMPLIANCE_OFFICER: "Healthcare compliance officer",
  INCIDENT_RESPONSE_DRILL: "Incident-response drill",
  CLEAN_EXTERNAL_AUDIT: "Clean external audit",
  HUMAN_IN_THE_LOOP: "Human in the loop",
  PER_FTE_MONTH: "Per FTE-month",
  FIRST_PASS_RATE: "First-pass rate",
  DECISION_RECORDED: "Decision recorded",
};

/** Enum codes for people: "PRIOR_AUTHORIZATION" → "Prior authorization". */
export function formatCode(code: string): string {
  const known = CODE_LABELS[code];
  if (known) return known;
  const text = code.toLowerCase().replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

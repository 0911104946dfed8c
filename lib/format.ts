// Display formatting only; the engine and the database keep full precision.
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const moneyCents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
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

/** Enum codes for people: "AI_HYBRID" → "AI hybrid". */
export function formatCode(code: string): string {
  const words = code.toLowerCase().split("_");
  const text = words.join(" ").replace(/\bai\b/g, "AI").replace(/\bar\b/g, "A/R").replace(/\bsoc2\b/g, "SOC 2");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

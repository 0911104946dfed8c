import { z } from "zod";

/** Midnight UTC of today: calendar dates are stored as UTC dates. */
export function utcToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * A calendar date written as ISO 8601 (YYYY-MM-DD), as a date input submits it and the API
 * and CSV take it; parsed to midnight UTC. `notAfterToday` refuses dates in the future (a
 * day's grace for time zones ahead of UTC).
 */
export function isoDate(label: string, options: { notAfterToday?: boolean } = {}) {
  const schema = z
    .iso.date({ error: (issue) => (issue.input === undefined ? `Enter the ${label}.` : `Enter the ${label} as a date, YYYY-MM-DD.`) })
    .transform((text) => new Date(`${text}T00:00:00Z`));
  if (!options.notAfterToday) return schema;
  return schema.refine((date) => date.getTime() <= utcToday().getTime() + 86_400_000, `The ${label} cannot be in the future.`);
}

/** A date for an input's value or a CSV cell: "2026-11-29". */
export function isoDateText(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

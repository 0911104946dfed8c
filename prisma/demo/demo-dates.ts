// Demo dates are relative to the day the seed runs, so evidence ages and expires the same
// way whenever the demo is set up: the seeded data never goes stale.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of `now`: the @db.Date columns keep calendar days only. */
export function utcToday(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function daysBefore(day: Date, days: number): Date {
  return new Date(day.getTime() - days * DAY_MS);
}

/** Calendar months back, clamped to the month's last day (31 March − 1 month = 28/29 February). */
export function monthsBefore(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), lastDay)));
}

/** An age given as months and days before `today`, the way the demo catalogue states dates. */
export interface DemoAge {
  months?: number;
  days?: number;
}

export function dateAt(today: Date, age: DemoAge): Date {
  return daysBefore(monthsBefore(today, age.months ?? 0), age.days ?? 0);
}

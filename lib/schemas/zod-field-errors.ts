import type { ZodError } from "zod";

/** Field path → first message, e.g. { "bids.0.lines.1.rate": "Too small" }; shared by forms and the API. */
export function zodFieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(body)";
    fields[path] ??= issue.message;
  }
  return fields;
}

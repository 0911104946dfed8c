/** What a form's server action answers: a message, and per-field errors keyed by field name. */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: Record<string, string>;
  /**
   * What was submitted, for the form to show again: React resets a form after its action
   * runs, so without these a validation error would wipe what the user typed.
   */
  values?: Record<string, string | string[]>;
}

export const initialFormState: FormState = { status: "idle" };

/** The submitted text fields (a repeated name becomes a list), leaving out secrets such as passwords. */
export function submittedValues(formData: FormData, omit: readonly string[] = []): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(formData.keys())) {
    if (omit.includes(name) || name.startsWith("$ACTION")) continue;
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    values[name] = all.length === 1 ? all[0] : all;
  }
  return values;
}

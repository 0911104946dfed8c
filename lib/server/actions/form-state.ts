/** What a form's server action answers: a message, and per-field errors keyed by field name. */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

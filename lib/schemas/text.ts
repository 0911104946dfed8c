import { z } from "zod";

// C0 controls (NUL…US), DEL and the C1 controls. PostgreSQL cannot store NUL at all, and the
// others have no business in a name or a note: they hide text, break CSV and terminals.
const ANY_CONTROL = /^[^\u0000-\u001F\u007F-\u009F]*$/;
// Multi-line text keeps tab and line breaks (a browser submits a textarea's newlines as CR LF).
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

export const CONTROL_CHARACTER_MESSAGE = "Remove the control characters (such as NUL) from this text.";

/** Refuses control characters in one-line text: names, keys, emails, passwords, search terms. */
export function singleLine<T extends z.ZodString | z.ZodStringFormat>(schema: T, message = CONTROL_CHARACTER_MESSAGE): T {
  return schema.regex(ANY_CONTROL, message) as T;
}

/** Refuses control characters other than tab and line breaks in multi-line text (descriptions, notes). */
export function multiLine<T extends z.ZodString>(schema: T, message = CONTROL_CHARACTER_MESSAGE): T {
  return schema.regex(CONTROL_EXCEPT_TAB_AND_NEWLINE, message) as T;
}

/** True when a string has a control character; for inputs that bypass the schemas (path segments). */
export function hasControlCharacter(value: string): boolean {
  return !ANY_CONTROL.test(value);
}

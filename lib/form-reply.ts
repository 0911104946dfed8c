import type { SubmissionResult } from "@conform-to/react";

/**
 * What every form's server action answers: Conform's submission.reply() (field and form
 * errors, and what the user typed so it stays in the form), plus two things Conform has
 * no slot for.
 */
export type FormReply = SubmissionResult<string[]> & {
  /** A newer version of the record exists: the form offers to reload it. */
  reload?: boolean;
  /** A success message for forms that stay on the page (e.g. "Observation added."). */
  notice?: string;
};

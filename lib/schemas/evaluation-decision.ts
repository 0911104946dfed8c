import { z } from "zod";
import { versionField } from "@/lib/schemas/record-version";
import { multiLine } from "@/lib/schemas/text";

// Not strict: the same schemas parse the decision forms, whose FormData may carry React's own fields.

/** The shortest rationale a decision may carry (issue: "a written rationale of at least 20 characters"). */
export const MIN_RATIONALE_LENGTH = 20;

/** Recording the decision: the chosen bid and why. */
export const RecordDecisionSchema = z
  .object({
    bidId: z.string({ error: "Choose the bid." }).min(1, "Choose the bid.").max(100, "Unknown bid."),
    rationale: multiLine(
      z
        .string({ error: "Write why this bid was chosen." })
        .trim()
        .min(MIN_RATIONALE_LENGTH, `Write at least ${MIN_RATIONALE_LENGTH} characters: why this bid, on which evidence?`)
        .max(5000, "The rationale must be at most 5,000 characters."),
    ),
    version: versionField,
  });
export type RecordDecisionInput = z.infer<typeof RecordDecisionSchema>;

const comment = multiLine(z.string().trim().max(5000, "The comment must be at most 5,000 characters."));

/** The Executive's review: approve (comment optional) or return to Procurement (comment required). */
export const ReviewDecisionSchema = z
  .object({
    outcome: z.enum(["APPROVE", "RETURN"], { error: "Choose approve or return." }),
    comment: comment.default(""),
    version: versionField,
  })
  .superRefine((review, ctx) => {
    if (review.outcome === "RETURN" && review.comment.length < 10) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what must change before you can approve (at least 10 characters)." });
    }
  });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionSchema>;

/** Reopening a decided or approved evaluation: why, for the record. */
export const ReopenEvaluationSchema = z
  .object({
    comment: multiLine(z.string({ error: "Say why the evaluation is reopened." }).trim().min(10, "Say why the evaluation is reopened (at least 10 characters).").max(5000, "The comment must be at most 5,000 characters.")),
    version: versionField,
  });
export type ReopenEvaluationInput = z.infer<typeof ReopenEvaluationSchema>;

// The evaluation's history as people read it: one line per audit event of the evaluation or
// one of its bids (who, when, what, the comment). Pure: takes audit rows as plain data.

export interface HistoryEvent {
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
}

export interface HistoryLine {
  what: string;
  /** The rationale or comment the person wrote, when there is one. */
  comment: string | null;
  /** A decision-flow step (drawn prominently in the timeline). */
  milestone: boolean;
}

type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : {});
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

const BID_STATUS_WORDS: Record<string, string> = { DRAFT: "a draft", SUBMITTED: "submitted", WITHDRAWN: "withdrawn" };

/** One audit event of an evaluation or its bids, in words. */
export function describeHistoryEvent(event: HistoryEvent): HistoryLine {
  const before = fields(event.before);
  const after = fields(event.after);
  const bid = `“${text(after.label) ?? text(before.label) ?? "a bid"}”`;
  switch (event.action) {
    case "create-evaluation":
      return { what: "Created the evaluation as a draft", comment: null, milestone: true };
    case "duplicate-evaluation":
      return { what: "Created the evaluation as a copy of another one", comment: null, milestone: true };
    case "update-evaluation":
      return { what: "Edited the evaluation (scope, baseline, assumptions or term)", comment: null, milestone: false };
    case "update-evaluation-weights":
      return { what: "Saved the criterion weights", comment: null, milestone: false };
    case "open-evaluation":
      return { what: "Opened the evaluation for bids", comment: null, milestone: true };
    case "record-decision":
      return { what: `Recorded the decision: ${text(after.bidLabel) ? `“${after.bidLabel}”` : "a bid"} chosen`, comment: text(after.rationale), milestone: true };
    case "approve-decision":
      return { what: "Approved the decision", comment: text(after.comment), milestone: true };
    case "return-decision":
      return { what: "Returned the decision to Procurement", comment: text(after.comment), milestone: true };
    case "reopen-evaluation":
      return { what: "Reopened the evaluation; the decision and approval were cleared", comment: text(after.comment), milestone: true };
    case "create-bid":
      return { what: `Entered bid ${bid}`, comment: null, milestone: false };
    case "duplicate-bid":
      return { what: `Copied a bid for a best-and-final offer: ${bid}`, comment: null, milestone: false };
    case "remove-bid":
      return { what: `Removed bid ${bid}`, comment: null, milestone: false };
    case "update-bid": {
      const status = text(after.status);
      const changed = status && status !== text(before.status);
      return { what: changed ? `Marked bid ${bid} ${BID_STATUS_WORDS[status] ?? status.toLowerCase()}` : `Changed bid ${bid}`, comment: null, milestone: false };
    }
    default:
      return { what: `${event.action.replaceAll("-", " ")} (${event.entityType})`, comment: null, milestone: false };
  }
}

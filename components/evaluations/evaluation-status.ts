/** An evaluation status in the words the pages use (issue 7: draft, open, decided, approved). */
export const EVALUATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  OPEN: "Open for bids",
  DECISION_RECORDED: "Decided, awaiting approval",
  APPROVED: "Approved",
  ARCHIVED: "Archived",
};

export const BID_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
};

const TONE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  OPEN: "bg-sky-50 text-sky-800",
  DECISION_RECORDED: "bg-amber-50 text-amber-800",
  APPROVED: "bg-emerald-50 text-emerald-800",
  ARCHIVED: "bg-slate-100 text-slate-500",
};

/** Tailwind classes of a status badge. */
export function statusTone(status: string): string {
  return TONE[status] ?? TONE.DRAFT;
}

import { describe, expect, it } from "vitest";
import { describeHistoryEvent } from "@/lib/evaluation/evaluation-history";

describe("describeHistoryEvent", () => {
  it("says who chose which bid and why", () => {
    expect(describeHistoryEvent({ action: "record-decision", entityType: "Evaluation", before: { status: "OPEN" }, after: { bidLabel: "Specialist", rationale: "Best audit defensibility." } })).toEqual({
      what: "Recorded the decision: “Specialist” chosen",
      comment: "Best audit defensibility.",
      milestone: true,
    });
  });

  it("keeps the reviewer's comment on a return and an approval", () => {
    expect(describeHistoryEvent({ action: "return-decision", entityType: "Evaluation", before: {}, after: { comment: "Check the references." } }).comment).toBe("Check the references.");
    expect(describeHistoryEvent({ action: "approve-decision", entityType: "Evaluation", before: {}, after: { comment: "" } }).comment).toBeNull();
  });

  it("names a bid's status change, and a plain edit as a change", () => {
    expect(describeHistoryEvent({ action: "update-bid", entityType: "Bid", before: { label: "B", status: "SUBMITTED" }, after: { label: "B", status: "WITHDRAWN" } }).what).toBe("Marked bid “B” withdrawn");
    expect(describeHistoryEvent({ action: "update-bid", entityType: "Bid", before: { label: "B", status: "SUBMITTED" }, after: { label: "B", status: "SUBMITTED" } }).what).toBe("Changed bid “B”");
    expect(describeHistoryEvent({ action: "remove-bid", entityType: "Bid", before: { label: "Old" }, after: null }).what).toBe("Removed bid “Old”");
  });

  it("describes an unknown action rather than hiding it", () => {
    expect(describeHistoryEvent({ action: "archive-evaluation", entityType: "Evaluation", before: null, after: null }).what).toBe("archive evaluation (Evaluation)");
  });
});

import { describe, expect, it } from "vitest";
import { auditDiff, labelOf } from "@/lib/audit/audit-diff";
import { actionLabel, entityTypeLabel } from "@/lib/audit/audit-labels";
import { auditRecordOf } from "@/lib/audit/audit-record";

describe("auditDiff", () => {
  it("lists only the fields that changed, rates as percentages and money as dollars", () => {
    const before = { id: "v1", name: "Caduceus", annualTurnoverRate: "0.3", fte: 120, version: 3, updatedAt: "2026-11-01T10:00:00.000Z" };
    const after = { id: "v1", name: "Caduceus RCM", annualTurnoverRate: "0.275", fte: 120, version: 4, updatedAt: "2026-11-02T10:00:00.000Z" };
    expect(auditDiff(before, after, "Vendor")).toEqual([
      { path: "name", label: "Name", before: "Caduceus", after: "Caduceus RCM" },
      { path: "annualTurnoverRate", label: "Annual staff turnover", before: "30.0%", after: "27.5%" },
    ]);
  });

  it("shows a created record's fields with no before, and a removed one's with no after", () => {
    expect(auditDiff(null, { implementationFee: "60000", oversightPerMonth: 4000.5 }, "Bid")).toEqual([
      { path: "implementationFee", label: "Implementation fee", before: null, after: "$60,000.00" },
      { path: "oversightPerMonth", label: "Oversight per month", before: null, after: "$4,000.50" },
    ]);
    expect(auditDiff({ metric: "DENIAL_RATE", value: "0.082" }, undefined, "MetricObservation")).toEqual([
      { path: "metric", label: "Metric", before: "Denial rate", after: null },
      { path: "value", label: "Value", before: "8.2%", after: null },
    ]);
  });

  it("flattens nested maps and names list items by their function, so reordering is no change", () => {
    const before = { weights: { CODING_ACCURACY: 20, TCO_PER_UNIT: 15 }, lines: [{ function: "AR_FOLLOW_UP", pricing: { model: "PER_HOUR", rate: 35 } }, { function: "MEDICAL_CODING", pricing: { model: "PER_HOUR", rate: 38 } }] };
    const after = { weights: { CODING_ACCURACY: 40, TCO_PER_UNIT: 15 }, lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_HOUR", rate: 38 } }, { function: "AR_FOLLOW_UP", pricing: { model: "PER_HOUR", rate: 36.5 } }] };
    expect(auditDiff(before, after, "Evaluation")).toEqual([
      { path: "weights.CODING_ACCURACY", label: "Weights · Coding accuracy", before: "20", after: "40" },
      { path: "lines.AR_FOLLOW_UP.pricing.rate", label: "Lines · A/R follow-up · Pricing · Rate", before: "$35.00", after: "$36.50" },
    ]);
  });

  it("formats a share-of-collections rate as a percentage and a range as low – mode – high", () => {
    const after = { pricingModel: "PERCENT_OF_COLLECTIONS", rate: "0.045", ranges: { denialRate: { low: 0.05, mode: 0.06, high: 0.09 } } };
    expect(auditDiff({ pricingModel: "PERCENT_OF_COLLECTIONS", rate: "0.04" }, after, "BidLine")).toEqual([
      { path: "rate", label: "Rate", before: "4.0%", after: "4.5%" },
      { path: "ranges.denialRate", label: "Ranges · Denial rate", before: null, after: "5.0% – 6.0% – 9.0%" },
    ]);
  });

  it("formats dates, codes and lists of codes", () => {
    const changes = auditDiff({ effectiveDate: "2025-06-30T00:00:00.000Z", functionsServed: ["MEDICAL_CODING"] }, { effectiveDate: "2026-06-30T00:00:00.000Z", functionsServed: ["MEDICAL_CODING", "AR_FOLLOW_UP"] }, "ComplianceEvidence");
    expect(changes).toEqual([
      { path: "effectiveDate", label: "Effective date", before: "Jun 30, 2025", after: "Jun 30, 2026" },
      { path: "functionsServed", label: "Functions served", before: "Medical coding", after: "Medical coding, A/R follow-up" },
    ]);
  });

  it("is empty when nothing but bookkeeping changed, and copes with events that have no record", () => {
    expect(auditDiff({ version: 1, updatedAt: "a" }, { version: 2, updatedAt: "b" }, "Vendor")).toEqual([]);
    expect(auditDiff(undefined, undefined, "User")).toEqual([]);
  });
});

describe("labels", () => {
  it("say what happened in words", () => {
    expect(actionLabel("update-evaluation-weights")).toBe("Updated evaluation weights");
    expect(actionLabel("issue-api-token")).toBe("Issued API token");
    expect(actionLabel("sign-in")).toBe("Signed in");
    expect(actionLabel("frobnicate-widget")).toBe("Frobnicate widget");
    expect(entityTypeLabel("ComplianceEvidence")).toBe("Compliance evidence");
    expect(entityTypeLabel("ApiToken")).toBe("API token");
    expect(labelOf("baselineCodingAccuracy")).toBe("Baseline coding accuracy");
  });
});

describe("auditRecordOf", () => {
  it("names the record and links the page it lives on, even after it was deleted", () => {
    expect(auditRecordOf({ entityType: "Vendor", entityId: "v1", before: { name: "Caduceus" }, after: null })).toEqual({ type: "Vendor", name: "Caduceus", href: "/vendors/v1" });
    expect(auditRecordOf({ entityType: "Bid", entityId: "b1", before: null, after: { label: "Specialist", evaluationId: "e1" } })).toEqual({ type: "Bid", name: "Specialist", href: "/evaluations/e1" });
    expect(auditRecordOf({ entityType: "MetricObservation", entityId: "m1", before: null, after: { metric: "CODING_ACCURACY", vendorId: "v2" } })).toEqual({ type: "Metric observation", name: "Coding accuracy", href: "/vendors/v2" });
    expect(auditRecordOf({ entityType: "User", entityId: "u1", before: undefined, after: undefined })).toEqual({ type: "User", name: "u1", href: undefined });
  });
});

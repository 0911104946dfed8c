import { describe, expect, it } from "vitest";
import { complianceMaturity, evidenceExpiry, expiryState, phiGate, qualifyBid, type ComplianceEvidence } from "@/lib/scoring/compliance";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("evidenceExpiry", () => {
  it("SOC 2: 12 months after the report period ends", () => expect(evidenceExpiry("SOC2_TYPE_II", d("2025-06-30"))).toEqual(d("2026-06-30")));
  it("HITRUST: 24 months", () => expect(evidenceExpiry("HITRUST_CSF", d("2024-03-15"))).toEqual(d("2026-03-15")));
  it("clamps to the end of a shorter month", () => expect(evidenceExpiry("DATA_SEGREGATION", d("2024-02-29"))).toEqual(d("2025-02-28")));
  it("BAA and compliance officer never expire", () => {
    expect(evidenceExpiry("HIPAA_BAA", d("2020-01-01"))).toBeNull();
    expect(evidenceExpiry("COMPLIANCE_OFFICER", d("2020-01-01"))).toBeNull();
  });
});

describe("complianceMaturity", () => {
  const asOf = d("2026-01-15");
  it("Σ weight × level factor × current / Σ weight (100 points in all)", () => {
    const evidence: ComplianceEvidence[] = [
      { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2025-06-30") }, // 25
      { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: d("2019-01-01") }, // 11.25
      { item: "HITRUST_CSF", level: "CLAIMED", effectiveDate: d("2025-01-01") }, // 2.5
      { item: "DATA_SEGREGATION", level: "VERIFIED", effectiveDate: d("2024-12-31") }, // expired 2025-12-31
    ];
    const m = complianceMaturity(evidence, asOf);
    expect(m.maturity).toBeCloseTo((25 + 11.25 + 2.5) / 100, 12);
    expect(m.expiredItems).toEqual(["DATA_SEGREGATION"]);
    expect(m.items.find((i) => i.item === "CLEAN_EXTERNAL_AUDIT")?.state).toBe("MISSING");
  });
  it("an item counts on its expiry day and not the day after", () => {
    const e: ComplianceEvidence[] = [{ item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2025-01-15") }];
    expect(complianceMaturity(e, d("2026-01-15")).maturity).toBeCloseTo(0.25, 12);
    expect(complianceMaturity(e, d("2026-01-16")).maturity).toBe(0);
  });
  it("evidence dated after the as-of date does not count", () => {
    const e: ComplianceEvidence[] = [{ item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2026-02-01") }];
    const m = complianceMaturity(e, asOf);
    expect(m.maturity).toBe(0);
    expect(m.items[1].state).toBe("NOT_YET_EFFECTIVE");
  });
  it("the best current record of an item counts", () => {
    const e: ComplianceEvidence[] = [
      { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: d("2025-01-01") },
      { item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2024-01-01") },
    ];
    expect(complianceMaturity(e, asOf).maturity).toBeCloseTo(0.15, 12);
  });
  it("everything verified and current gives 1", () => {
    const items = ["SOC2_TYPE_II", "HIPAA_BAA", "HITRUST_CSF", "HITECH_BREACH_PROCEDURE", "COMPLIANCE_OFFICER", "DATA_SEGREGATION", "INCIDENT_RESPONSE_DRILL", "CLEAN_EXTERNAL_AUDIT"] as const;
    expect(complianceMaturity(items.map((item) => ({ item, level: "VERIFIED", effectiveDate: d("2025-12-01") })), asOf).maturity).toBeCloseTo(1, 12);
  });
});

describe("PHI gate", () => {
  const asOf = d("2026-01-15");
  const baa: ComplianceEvidence = { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: d("2025-01-01") };
  it("passes with a current documented SOC 2 and a BAA", () => {
    expect(phiGate([baa, { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2025-06-30") }], asOf)).toEqual({ passed: true, reasons: [] });
  });
  it("fails on a claimed SOC 2, an expired one, or no BAA", () => {
    expect(phiGate([baa, { item: "SOC2_TYPE_II", level: "CLAIMED", effectiveDate: d("2025-06-30") }], asOf).passed).toBe(false);
    expect(phiGate([baa, { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2024-06-30") }], asOf).passed).toBe(false);
    const noBaa = phiGate([{ item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2025-06-30") }], asOf);
    expect(noBaa.reasons).toEqual(["No HIPAA business associate agreement."]);
  });
  it("disqualifies a bid with a PHI line; a non-PHI function (by override) stays qualified", () => {
    expect(qualifyBid(["PATIENT_SCHEDULING"], [], asOf).disqualified).toBe(true);
    expect(qualifyBid(["PATIENT_SCHEDULING"], [], asOf, () => false).disqualified).toBe(false);
  });
});

describe("expiryState", () => {
  const asOf = new Date("2026-11-28T15:00:00Z");
  it("judges by calendar day, as maturity does: evidence still counts on its expiry day", () => {
    expect(expiryState(new Date("2026-11-28T00:00:00Z"), asOf)).toBe("EXPIRING_SOON");
    expect(expiryState(new Date("2026-11-27T00:00:00Z"), asOf)).toBe("EXPIRED");
    expect(complianceMaturity([{ item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: new Date("2020-01-01") }, { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: new Date("2025-11-28T00:00:00Z") }], asOf).expiredItems).toEqual([]);
  });

  it("warns within the warning window and not before; no expiry date never expires", () => {
    expect(expiryState(new Date("2027-01-27T00:00:00Z"), asOf)).toBe("EXPIRING_SOON");
    expect(expiryState(new Date("2027-01-28T00:00:00Z"), asOf)).toBe("CURRENT");
    expect(expiryState(null, asOf)).toBe("NO_EXPIRY");
  });
});

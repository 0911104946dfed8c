import { describe, expect, it } from "vitest";
import { complianceMaturity, EVIDENCE_ITEMS, evidenceExpiry, expiryState, phiGate, qualifyBid, type ComplianceEvidence } from "@/lib/scoring/compliance";
import { HEALTHCARE_FUNCTIONS, type HealthcareFunction } from "@/lib/scoring/healthcare-function";
import { permutations } from "@/tests/pure-core/permutations";

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
  it("evidence dated on the as-of date counts; the day before its effective date it does not", () => {
    const e: ComplianceEvidence[] = [{ item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2026-01-15") }];
    expect(complianceMaturity(e, asOf).maturity).toBeCloseTo(0.15, 12);
    expect(complianceMaturity(e, d("2026-01-14")).maturity).toBe(0);
    expect(phiGate([...e, { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2026-01-15") }], asOf).passed).toBe(true);
  });
  it("evidence dated after the as-of date does not count", () => {
    const e: ComplianceEvidence[] = [{ item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2026-02-01") }];
    const m = complianceMaturity(e, asOf);
    expect(m.maturity).toBe(0);
    expect(m.items[1].state).toBe("NOT_YET_EFFECTIVE");
  });
  it("the best current record of an item counts, in any order", () => {
    const e: ComplianceEvidence[] = [
      { item: "HIPAA_BAA", level: "CLAIMED", effectiveDate: d("2025-01-01") },
      { item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2024-01-01") },
      { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: d("2025-06-01") },
      { item: "HIPAA_BAA", level: "VERIFIED", effectiveDate: d("2023-01-01") },
    ];
    for (const order of permutations(e)) {
      const m = complianceMaturity(order, asOf);
      expect(m.maturity).toBeCloseTo(0.15, 12);
      expect(m.items[1]).toEqual({ item: "HIPAA_BAA", state: "CURRENT", level: "VERIFIED", expiresAt: null, points: 15, weight: 15 });
    }
  });
  it("of equally good current records, the one valid longest is reported, in any order", () => {
    const e: ComplianceEvidence[] = [
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2025-03-31") },
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2025-09-30") },
      { item: "SOC2_TYPE_II", level: "CLAIMED", effectiveDate: d("2025-12-31") },
    ];
    for (const order of permutations(e)) {
      expect(complianceMaturity(order, asOf).items[0]).toEqual({ item: "SOC2_TYPE_II", state: "CURRENT", level: "DOCUMENTED", expiresAt: d("2026-09-30"), points: 18.75, weight: 25 });
    }
  });
  it("with no current record, the newest one is reported (expired or not yet effective), in any order", () => {
    const e: ComplianceEvidence[] = [
      { item: "HITRUST_CSF", level: "VERIFIED", effectiveDate: d("2022-01-01") },
      { item: "HITRUST_CSF", level: "CLAIMED", effectiveDate: d("2023-06-30") },
      { item: "HITRUST_CSF", level: "DOCUMENTED", effectiveDate: d("2023-06-30") },
    ];
    for (const order of permutations(e)) {
      const m = complianceMaturity(order, asOf);
      expect(m.items[2]).toEqual({ item: "HITRUST_CSF", state: "EXPIRED", level: "DOCUMENTED", expiresAt: d("2025-06-30"), points: 0, weight: 10 });
      expect(m.expiredItems).toEqual(["HITRUST_CSF"]);
    }
    const future = complianceMaturity([{ item: "HITRUST_CSF", level: "VERIFIED", effectiveDate: d("2026-02-01") }, ...e], asOf);
    expect(future.items[2]).toMatchObject({ state: "NOT_YET_EFFECTIVE", level: "VERIFIED", points: 0 });
    expect(future.expiredItems).toEqual([]);
  });
  it("each item earns its MODEL.md weight × level factor", () => {
    const weights = { SOC2_TYPE_II: 25, HIPAA_BAA: 15, HITRUST_CSF: 10, HITECH_BREACH_PROCEDURE: 10, COMPLIANCE_OFFICER: 10, DATA_SEGREGATION: 10, INCIDENT_RESPONSE_DRILL: 10, CLEAN_EXTERNAL_AUDIT: 10 };
    const factors = { CLAIMED: 0.25, DOCUMENTED: 0.75, VERIFIED: 1 } as const;
    for (const item of EVIDENCE_ITEMS) {
      for (const level of ["CLAIMED", "DOCUMENTED", "VERIFIED"] as const) {
        const m = complianceMaturity([{ item, level, effectiveDate: d("2025-12-01") }], asOf);
        expect(m.maturity).toBeCloseTo((weights[item] * factors[level]) / 100, 12);
        expect(m.items.find((i) => i.item === item)).toMatchObject({ state: "CURRENT", level, points: weights[item] * factors[level], weight: weights[item] });
      }
    }
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
  it("the PHI gate needs a SOC 2 Type II report; a documented BAA alone does not pass", () => {
    const everythingButSoc2 = EVIDENCE_ITEMS.filter((item) => item !== "SOC2_TYPE_II").map((item): ComplianceEvidence => ({ item, level: "VERIFIED", effectiveDate: d("2025-12-01") }));
    expect(phiGate([{ item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: d("2025-01-01") }], asOf)).toEqual({ passed: false, reasons: ["No current SOC 2 Type II report at Documented or Verified level."] });
    expect(phiGate(everythingButSoc2, asOf)).toEqual({ passed: false, reasons: ["No current SOC 2 Type II report at Documented or Verified level."] });
  });
  it("the PHI gate fails for a SOC 2 not yet in effect, and for a BAA not yet in effect", () => {
    expect(phiGate([baa, { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2026-01-16") }], asOf).passed).toBe(false);
    expect(phiGate([{ ...baa, effectiveDate: d("2026-02-01") }, { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2025-06-30") }], asOf).reasons).toEqual(["No HIPAA business associate agreement."]);
  });
  it("the PHI gate passes when one current documented SOC 2 stands among claimed and expired ones, in any order", () => {
    const soc2s: ComplianceEvidence[] = [
      { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: d("2024-06-30") },
      { item: "SOC2_TYPE_II", level: "CLAIMED", effectiveDate: d("2025-12-31") },
      { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2025-06-30") },
    ];
    for (const order of permutations([baa, ...soc2s])) expect(phiGate(order, asOf)).toEqual({ passed: true, reasons: [] });
    for (const order of permutations([baa, soc2s[0], soc2s[1]])) expect(phiGate(order, asOf).passed).toBe(false);
  });
  it("with neither, the gate gives both reasons", () => {
    expect(phiGate([], asOf).reasons).toHaveLength(2);
  });
  it("a bid is disqualified when any one of its lines handles PHI, even if the others do not", () => {
    const handlesPhi = (fn: HealthcareFunction) => fn !== "PATIENT_SCHEDULING" && fn !== "PAYMENT_POSTING";
    for (const lines of permutations<HealthcareFunction>(["PATIENT_SCHEDULING", "MEDICAL_CODING", "PAYMENT_POSTING"])) {
      const q = qualifyBid(lines, [], asOf, handlesPhi);
      expect(q.disqualified).toBe(true);
      expect(q.lines).toEqual(
        lines.map((fn) => (fn === "MEDICAL_CODING" ? { function: fn, disqualified: true, reasons: phiGate([], asOf).reasons } : { function: fn, disqualified: false, reasons: [] })),
      );
    }
    expect(qualifyBid(["PATIENT_SCHEDULING", "PAYMENT_POSTING"], [], asOf, handlesPhi).disqualified).toBe(false);
  });
  it("a vendor that passes the gate qualifies on every line", () => {
    const evidence: ComplianceEvidence[] = [baa, { item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: d("2025-06-30") }];
    const q = qualifyBid([...HEALTHCARE_FUNCTIONS], evidence, asOf);
    expect(q.disqualified).toBe(false);
    expect(q.lines.every((l) => !l.disqualified && l.reasons.length === 0)).toBe(true);
  });
  it("by MODEL.md §1 every function handles PHI, so each alone is disqualified without the gate", () => {
    for (const fn of HEALTHCARE_FUNCTIONS) expect(qualifyBid([fn], [], asOf).disqualified).toBe(true);
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

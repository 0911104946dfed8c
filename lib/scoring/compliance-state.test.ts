import { describe, expect, it } from "vitest";
import { complianceStatesOf } from "@/lib/scoring/compliance-state";
import type { ComplianceEvidence } from "@/lib/scoring/compliance";
import { permutations } from "@/tests/pure-core/permutations";

const asOf = new Date("2026-06-15T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const soc2 = (effective: string, level: ComplianceEvidence["level"] = "DOCUMENTED"): ComplianceEvidence => ({ item: "SOC2_TYPE_II", level, effectiveDate: day(effective) });
const baa: ComplianceEvidence = { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: day("2024-01-01") };

describe("a vendor's compliance states", () => {
  it("is current, and passes the gate, with a SOC 2 valid beyond 60 days and a BAA", () => {
    expect([...complianceStatesOf([soc2("2026-03-01"), baa], asOf)]).toEqual(["CURRENT"]);
  });

  it("counts a SOC 2 expiring within 60 days as expiring, and on its last day still as expiring", () => {
    expect(complianceStatesOf([soc2("2025-08-01"), baa], asOf)).toEqual(new Set(["EXPIRING"]));
    expect(complianceStatesOf([soc2("2025-06-15"), baa], asOf)).toEqual(new Set(["EXPIRING"]));
  });

  it("is expired from the day after the last valid day, and then fails the PHI gate", () => {
    expect(complianceStatesOf([soc2("2025-06-14"), baa], asOf)).toEqual(new Set(["EXPIRED", "FAILS_PHI_GATE"]));
  });

  it("forgets an old report once it was renewed", () => {
    expect(complianceStatesOf([soc2("2024-01-01"), soc2("2026-05-01"), baa], asOf)).toEqual(new Set(["CURRENT"]));
  });

  it("leaves out evidence that takes effect later, and fails the gate on a claimed SOC 2", () => {
    expect(complianceStatesOf([soc2("2026-07-01"), baa], asOf)).toEqual(new Set(["CURRENT", "FAILS_PHI_GATE"]));
    expect(complianceStatesOf([soc2("2026-05-01", "CLAIMED"), baa], asOf)).toEqual(new Set(["CURRENT", "FAILS_PHI_GATE"]));
  });

  it("expiring means at most 60 days left: 60 days is expiring, 61 is current", () => {
    // SOC 2 effective 2025-08-14 is valid through 2026-08-14, 60 days after 2026-06-15.
    expect(complianceStatesOf([soc2("2025-08-14"), baa], asOf)).toEqual(new Set(["EXPIRING"]));
    expect(complianceStatesOf([soc2("2025-08-15"), baa], asOf)).toEqual(new Set(["CURRENT"]));
    expect(complianceStatesOf([soc2("2025-08-15"), baa], asOf, 61)).toEqual(new Set(["EXPIRING"]));
  });

  it("evidence taking effect on the day counts that day", () => {
    expect(complianceStatesOf([soc2("2026-06-15"), { ...baa, effectiveDate: day("2026-06-15") }], asOf)).toEqual(new Set(["CURRENT"]));
  });

  it("a renewal dated after the day does not rescue an expired report", () => {
    expect(complianceStatesOf([soc2("2025-01-31"), soc2("2026-07-01"), baa], asOf)).toEqual(new Set(["EXPIRED", "FAILS_PHI_GATE"]));
  });

  it("each item is judged on its own records, whatever the order", () => {
    const drill: ComplianceEvidence = { item: "INCIDENT_RESPONSE_DRILL", level: "VERIFIED", effectiveDate: day("2025-05-01") }; // expired 2026-05-01
    const audit: ComplianceEvidence = { item: "CLEAN_EXTERNAL_AUDIT", level: "VERIFIED", effectiveDate: day("2025-07-01") }; // expiring 2026-07-01
    const officer: ComplianceEvidence = { item: "COMPLIANCE_OFFICER", level: "VERIFIED", effectiveDate: day("2020-01-01") }; // never expires
    const current = soc2("2026-03-01");
    for (const order of permutations([current, baa, officer, audit])) expect(complianceStatesOf(order, asOf)).toEqual(new Set(["EXPIRING"]));
    for (const order of permutations([current, baa, officer, drill])) expect(complianceStatesOf(order, asOf)).toEqual(new Set(["EXPIRED"]));
    for (const order of permutations([current, baa, officer])) expect(complianceStatesOf(order, asOf)).toEqual(new Set(["CURRENT"]));
    for (const order of permutations([soc2("2024-01-01"), soc2("2026-05-01"), soc2("2025-09-01")])) expect(complianceStatesOf(order, asOf)).toEqual(new Set(["CURRENT", "FAILS_PHI_GATE"]));
  });

  it("is neither current nor expired without evidence, and fails the gate", () => {
    expect(complianceStatesOf([], asOf)).toEqual(new Set(["FAILS_PHI_GATE"]));
  });
});

import { describe, expect, it } from "vitest";
import { certifiedStaffShare } from "@/lib/scoring/certified-staff";

describe("certified staff share", () => {
  it("is certified staff ÷ total staff when the certified headcount is known", () => {
    expect(certifiedStaffShare({ totalStaff: 200, certifiedStaff: 150, counts: { CPC: 120, CCS: 60 } })).toEqual({ share: 0.75, exact: true });
  });

  it("is estimated from the counts, capped at 100 %, and flagged as an upper bound otherwise", () => {
    expect(certifiedStaffShare({ totalStaff: 200, certifiedStaff: null, counts: { CPC: 120, RN: 20 } })).toEqual({ share: 0.7, exact: false });
    expect(certifiedStaffShare({ totalStaff: 100, certifiedStaff: null, counts: { CPC: 80, CCS: 60 } })).toEqual({ share: 1, exact: false });
  });

  it("is unknown without staff", () => {
    expect(certifiedStaffShare({ totalStaff: 0, certifiedStaff: null, counts: { CPC: 3 } })).toBeNull();
  });
});

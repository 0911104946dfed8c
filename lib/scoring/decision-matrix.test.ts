import { describe, expect, it } from "vitest";
import { buildDecisionMatrix, decisionMatrixRow, recommendFromFactors } from "@/lib/scoring/decision-matrix";
import { fitsRecommendation } from "@/lib/scoring/operating-model";

describe("the article's strategic decision matrix", () => {
  it.each([
    ["MEDICAL_TRANSCRIPTION", "GENERALIST_OR_AI_HYBRID"],
    ["COMPLEX_CLAIMS_DENIALS", "SPECIALIZED"],
    ["PATIENT_SCHEDULING", "GENERALIST"],
    ["PRIOR_AUTHORIZATION", "SPECIALIZED"],
    ["AR_FOLLOW_UP", "SPECIALIZED"],
  ] as const)("%s → %s", (fn, expected) => {
    expect(decisionMatrixRow(fn).recommendation).toBe(expected);
  });

  it("the remaining MODEL.md rows follow the rule", () => {
    const byFn = Object.fromEntries(buildDecisionMatrix().map((r) => [r.function, r.recommendation]));
    expect(byFn).toMatchObject({
      MEDICAL_CODING: "SPECIALIZED",
      CLINICAL_DOCUMENTATION_IMPROVEMENT: "SPECIALIZED",
      ELIGIBILITY_VERIFICATION: "GENERALIST_OR_AI_HYBRID",
      PAYMENT_POSTING: "GENERALIST_OR_AI_HYBRID",
    });
    expect(Object.keys(byFn)).toHaveLength(9);
  });

  it("each rationale names the deciding factors", () => {
    expect(decisionMatrixRow("COMPLEX_CLAIMS_DENIALS").rationale).toBe(
      "Specialized: clinical complexity 5 and payer-policy dependence 5 (4 or more) call for clinical and payer-policy expertise.",
    );
    expect(decisionMatrixRow("MEDICAL_TRANSCRIPTION").rationale).toContain("automation potential 5");
    expect(decisionMatrixRow("PATIENT_SCHEDULING").rationale).toContain("automation potential 4 (below 5)");
  });

  it("rule order: complexity beats automation", () => {
    expect(recommendFromFactors({ clinicalComplexity: 4, payerPolicyDependence: 1, complianceSensitivity: 1, automationPotential: 5, handlesPhi: false }).recommendation).toBe("SPECIALIZED");
  });
});

describe("organisation overrides", () => {
  it("an overridden factor re-runs the rule and is listed with the reason", () => {
    const row = decisionMatrixRow("PATIENT_SCHEDULING", { function: "PATIENT_SCHEDULING", payerPolicyDependence: 4, reason: "Scheduling here includes referral authorisation" });
    expect(row.recommendation).toBe("SPECIALIZED");
    expect(row.overriddenFactors).toEqual(["payerPolicyDependence"]);
    expect(row.overrideReason).toBe("Scheduling here includes referral authorisation");
    expect(row.rationale).toContain("overridden by the organisation");
  });
  it("an overridden recommendation wins over the rule and says what the rule gives", () => {
    const [row] = buildDecisionMatrix([{ function: "MEDICAL_TRANSCRIPTION", recommendation: "SPECIALIZED", reason: "Oncology dictation" }]);
    expect(row.recommendation).toBe("SPECIALIZED");
    expect(row.recommendationOverridden).toBe(true);
    expect(row.rationale).toContain("the rule alone gives Generalist / AI-hybrid");
  });
  it("an override equal to the default changes nothing", () => {
    const row = decisionMatrixRow("AR_FOLLOW_UP", { function: "AR_FOLLOW_UP", clinicalComplexity: 4, reason: "same" });
    expect(row.overriddenFactors).toEqual([]);
    expect(row.overrideReason).toBeNull();
  });
});

describe("fit of an operating model", () => {
  it.each([
    ["SPECIALIZED", "SPECIALIZED", true],
    ["GENERALIST", "SPECIALIZED", false],
    ["AI_HYBRID", "SPECIALIZED", false],
    ["GENERALIST", "GENERALIST_OR_AI_HYBRID", true],
    ["AI_HYBRID", "GENERALIST_OR_AI_HYBRID", true],
    ["SPECIALIZED", "GENERALIST_OR_AI_HYBRID", false],
    ["SPECIALIZED", "GENERALIST", true],
    ["AI_HYBRID", "GENERALIST", true],
    ["GENERALIST", "GENERALIST", true],
  ] as const)("%s for %s → %s", (model, rec, fit) => expect(fitsRecommendation(model, rec)).toBe(fit));
});

import { describe, expect, it } from "vitest";
import { buildDecisionMatrix, decisionMatrixRow, recommendFromFactors, type Recommendation } from "@/lib/scoring/decision-matrix";
import { DECISION_MATRIX_FACTORS, HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";
import { fitsRecommendation } from "@/lib/scoring/operating-model";

/** MODEL.md §1's table as written there (../shared/MODEL.md), so the two can be compared line by line. */
const MODEL_MD_TABLE = `
| function | clinical complexity | payer-policy dependence | compliance sensitivity | automation potential | handles PHI |
|---|---|---|---|---|---|
| Medical transcription \`MEDICAL_TRANSCRIPTION\` | 2 | 1 | 3 | 5 | yes |
| Complex claims / denials \`COMPLEX_CLAIMS_DENIALS\` | 5 | 5 | 4 | 2 | yes |
| Patient scheduling \`PATIENT_SCHEDULING\` | 1 | 1 | 2 | 4 | yes |
| Prior authorizations \`PRIOR_AUTHORIZATION\` | 4 | 5 | 4 | 2 | yes |
| Accounts receivable follow-up \`AR_FOLLOW_UP\` | 4 | 4 | 4 | 3 | yes |
| Medical coding \`MEDICAL_CODING\` | 5 | 4 | 5 | 3 | yes |
| Clinical documentation improvement \`CLINICAL_DOCUMENTATION_IMPROVEMENT\` | 5 | 3 | 5 | 2 | yes |
| Eligibility verification \`ELIGIBILITY_VERIFICATION\` | 2 | 3 | 3 | 5 | yes |
| Payment posting \`PAYMENT_POSTING\` | 2 | 2 | 3 | 5 | yes |
`;

/** What MODEL.md §1's ordered rule gives for each row (worked by hand from the factors above). */
const RULE_GIVES: Record<string, Recommendation> = {
  MEDICAL_TRANSCRIPTION: "GENERALIST_OR_AI_HYBRID",
  COMPLEX_CLAIMS_DENIALS: "SPECIALIZED",
  PATIENT_SCHEDULING: "GENERALIST",
  PRIOR_AUTHORIZATION: "SPECIALIZED",
  AR_FOLLOW_UP: "SPECIALIZED",
  MEDICAL_CODING: "SPECIALIZED",
  CLINICAL_DOCUMENTATION_IMPROVEMENT: "SPECIALIZED",
  ELIGIBILITY_VERIFICATION: "GENERALIST_OR_AI_HYBRID",
  PAYMENT_POSTING: "GENERALIST_OR_AI_HYBRID",
};

const modelRows = MODEL_MD_TABLE.trim()
  .split("\n")
  .slice(2)
  .map((line) => {
    const [name, cc, pp, cs, ap, phi] = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const [, label, code] = /^(.*) `(\w+)`$/.exec(name)!;
    return { code, label, cc: Number(cc), pp: Number(pp), cs: Number(cs), ap: Number(ap), phi: phi === "yes" };
  });

describe("MODEL.md §1 table, row by row", () => {
  it("has the nine functions the code knows, in the same order", () => {
    expect(modelRows.map((r) => r.code)).toEqual([...HEALTHCARE_FUNCTIONS]);
  });

  it.each(modelRows)("$code: factors $cc $pp $cs $ap, handles PHI $phi", (row) => {
    const fn = row.code as (typeof HEALTHCARE_FUNCTIONS)[number];
    expect(DECISION_MATRIX_FACTORS[fn]).toEqual({
      label: row.label,
      clinicalComplexity: row.cc,
      payerPolicyDependence: row.pp,
      complianceSensitivity: row.cs,
      automationPotential: row.ap,
      handlesPhi: row.phi,
    });
    const matrixRow = decisionMatrixRow(fn);
    expect(matrixRow).toMatchObject({ function: fn, label: row.label, clinicalComplexity: row.cc, payerPolicyDependence: row.pp, complianceSensitivity: row.cs, automationPotential: row.ap, handlesPhi: row.phi });
    expect(matrixRow.recommendation).toBe(RULE_GIVES[fn]);
    expect(matrixRow).toMatchObject({ overriddenFactors: [], recommendationOverridden: false, overrideReason: null });
  });
});

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

  const factors = (cc: number, pp: number, ap: number) => ({ clinicalComplexity: cc, payerPolicyDependence: pp, complianceSensitivity: 3, automationPotential: ap, handlesPhi: true });
  it.each([
    [4, 1, 5, "SPECIALIZED"],
    [1, 4, 5, "SPECIALIZED"],
    [3, 3, 5, "GENERALIST_OR_AI_HYBRID"],
    [3, 3, 4, "GENERALIST"],
    [1, 1, 1, "GENERALIST"],
  ] as const)("thresholds: complexity %i, payer policy %i, automation %i → %s", (cc, pp, ap, expected) => {
    expect(recommendFromFactors(factors(cc, pp, ap)).recommendation).toBe(expected);
  });

  it("the rationale names only the factors that decided", () => {
    expect(decisionMatrixRow("CLINICAL_DOCUMENTATION_IMPROVEMENT").rationale).toBe("Specialized: clinical complexity 5 (4 or more) calls for clinical and payer-policy expertise.");
    expect(decisionMatrixRow("AR_FOLLOW_UP").rationale).toBe("Specialized: clinical complexity 4 and payer-policy dependence 4 (4 or more) call for clinical and payer-policy expertise.");
    expect(recommendFromFactors(factors(2, 4, 5)).rationale).toBe("Specialized: payer-policy dependence 4 (4 or more) calls for clinical and payer-policy expertise.");
    expect(decisionMatrixRow("ELIGIBILITY_VERIFICATION").rationale).toBe(
      "Generalist / AI-hybrid: automation potential 5 with clinical complexity 2 and payer-policy dependence 3 (both below 4) favour standardised, automated work.",
    );
    expect(decisionMatrixRow("PATIENT_SCHEDULING").rationale).toBe(
      "Generalist: clinical complexity 1 and payer-policy dependence 1 (both below 4) and automation potential 4 (below 5) make efficiency the priority.",
    );
  });
});

describe("organisation overrides", () => {
  it("an overridden factor re-runs the rule and is listed with the reason", () => {
    const row = decisionMatrixRow("PATIENT_SCHEDULING", { function: "PATIENT_SCHEDULING", payerPolicyDependence: 4, reason: "Scheduling here includes referral authorisation" });
    expect(row.recommendation).toBe("SPECIALIZED");
    expect(row.overriddenFactors).toEqual(["payerPolicyDependence"]);
    expect(row.overrideReason).toBe("Scheduling here includes referral authorisation");
    expect(row.rationale).toMatch(/, with factors overridden by your organisation: Scheduling here includes referral authorisation\.$/);
  });
  it("an overridden recommendation wins over the rule and says what the rule gives", () => {
    const [row] = buildDecisionMatrix([{ function: "MEDICAL_TRANSCRIPTION", recommendation: "SPECIALIZED", reason: "Oncology dictation" }]);
    expect(row.recommendation).toBe("SPECIALIZED");
    expect(row.recommendationOverridden).toBe(true);
    expect(row.rationale).toBe("Specialized: overridden by your organisation: Oncology dictation. The rule alone gives Generalist / AI-hybrid.");
  });
  it("every factor and the PHI flag can be overridden; unset (null) fields keep MODEL.md's value", () => {
    const row = decisionMatrixRow("MEDICAL_CODING", {
      function: "MEDICAL_CODING",
      clinicalComplexity: 3,
      payerPolicyDependence: 3,
      complianceSensitivity: null,
      automationPotential: 5,
      handlesPhi: false,
      recommendation: null,
      reason: "  Outpatient E/M only  ",
    });
    expect(row).toMatchObject({ clinicalComplexity: 3, payerPolicyDependence: 3, complianceSensitivity: 5, automationPotential: 5, handlesPhi: false, recommendation: "GENERALIST_OR_AI_HYBRID" });
    expect(row.overriddenFactors).toEqual(["clinicalComplexity", "payerPolicyDependence", "automationPotential", "handlesPhi"]);
    expect(row.overrideReason).toBe("Outpatient E/M only");
    expect(row.recommendationOverridden).toBe(false);
    expect(row.rationale).toBe(
      "Generalist / AI-hybrid: automation potential 5 with clinical complexity 3 and payer-policy dependence 3 (both below 4) favour standardised, automated work, with factors overridden by your organisation: Outpatient E/M only.",
    );
  });
  it("an overridden recommendation equal to the rule's is no override; a blank reason reads as none given", () => {
    const same = decisionMatrixRow("AR_FOLLOW_UP", { function: "AR_FOLLOW_UP", recommendation: "SPECIALIZED", reason: "agree" });
    expect(same).toMatchObject({ recommendation: "SPECIALIZED", recommendationOverridden: false, overrideReason: null });
    expect(same.rationale).toBe(decisionMatrixRow("AR_FOLLOW_UP").rationale);
    const blank = decisionMatrixRow("AR_FOLLOW_UP", { function: "AR_FOLLOW_UP", recommendation: "GENERALIST", reason: "   " });
    expect(blank).toMatchObject({ recommendation: "GENERALIST", recommendationOverridden: true, overrideReason: null });
    expect(blank.rationale).toBe("Generalist: overridden by your organisation: no reason given. The rule alone gives Specialized.");
  });
  it("overrides apply to their own function only, in any order", () => {
    const overrides = [
      { function: "PAYMENT_POSTING" as const, recommendation: "SPECIALIZED" as const, reason: "r1" },
      { function: "PATIENT_SCHEDULING" as const, automationPotential: 5, reason: "r2" },
    ];
    for (const list of [overrides, [...overrides].reverse()]) {
      const byFn = Object.fromEntries(buildDecisionMatrix(list).map((r) => [r.function, r]));
      expect(byFn.PAYMENT_POSTING).toMatchObject({ recommendation: "SPECIALIZED", recommendationOverridden: true, overrideReason: "r1" });
      expect(byFn.PATIENT_SCHEDULING).toMatchObject({ recommendation: "GENERALIST_OR_AI_HYBRID", overriddenFactors: ["automationPotential"], overrideReason: "r2" });
      expect(byFn.MEDICAL_TRANSCRIPTION).toMatchObject({ recommendationOverridden: false, overriddenFactors: [], overrideReason: null });
    }
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

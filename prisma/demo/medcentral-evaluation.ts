import type { HealthcareFunction } from "@/lib/generated/prisma/enums";
import { createBid, type BidLineInput, type BidWithLines } from "@/prisma/demo/builders/bid";
import { createEvaluation, type EvaluationWithFunctions } from "@/prisma/demo/builders/evaluation";
import type { FactoryDb } from "@/prisma/demo/builders/factory-db";

// The article's MedCentral Health case as an open evaluation (MODEL.md §5 inputs).
//
// Scale: a 400-bed hospital at ~70 % occupancy and a ~4.8-day average stay discharges about
// 400 × 365 × 0.70 / 4.8 ≈ 21,000 inpatients a year, ≈ 1,750 a month (typical US community-
// hospital occupancy and length of stay; our assumption, not a sourced benchmark). The three
// lines split the claims into streams that do not overlap, so no revenue is counted twice;
// together ≈ $31 M a month, ≈ $376 M a year, most of a hospital this size's net patient revenue.
//
// With these figures and the MODEL.md §5 defaults, the specialized bid costs ~3× the incumbent
// in fees (~$120 k vs ~$38.5 k a month) but pays back in month 1 of its six-month ramp-up
// (the article: "recouped the higher cost ... within the first quarter") and lifts net revenue
// realization from ~0.87 to ~0.96, about nine points — close to the article's "+9 % average
// revenue per case". Under the default undercodeLoss (0.15) coding accuracy alone explains only
// ~1 point of that; the rest is fewer denials written off.

/** Today's (incumbent generalist) profile. */
const BASELINE = {
  baselineDenialRate: "0.14", // the article: MedCentral's denial rate under the generalist
  baselineReworkRate: "0.35", // MODEL.md default: ~65 % of denials never reworked (Change Healthcare, second-hand)
  baselineOverturnRate: "0.54", // Premier (2024): 54.3 % of appealed denials overturned
  baselineCodingAccuracy: "0.82", // the article: generalist coding accuracy 80–85 %
  baselineFirstPassRate: "0.70", // the article: generalist first-pass payment 65–75 %
  // MODEL.md: the rework rate is weakly sourced, best given as 0.35–0.50.
  ranges: { baselineReworkRate: { low: 0.35, mode: 0.35, high: 0.5 } },
};

// Incumbent price: an offshore generalist hourly rate. Assumption, typical of offshore RCM
// labour quotes ($10–18/h); the article only says the generalist's hourly rate is lower.
const INCUMBENT_HOURLY_RATE = 14;

// MedCentral's own cost of managing the incumbent: about one revenue-cycle manager's time on
// escalations (assumption).
const INCUMBENT_OVERSIGHT_PER_MONTH = 12000;

/** Incumbent hours per function: inpatient charts at ~2.3 an hour, claims at 15 min, A/R accounts at 30 min. */
const INCUMBENT_HOURS: Record<ScopeFunction, number> = {
  MEDICAL_CODING: 750, // 1,700 charts ÷ ~2.3 charts/h (common inpatient coding productivity)
  COMPLEX_CLAIMS_DENIALS: 1000, // 4,000 claims × 15 min
  AR_FOLLOW_UP: 1000, // 2,000 accounts × 30 min
};

type ScopeFunction = "MEDICAL_CODING" | "COMPLEX_CLAIMS_DENIALS" | "AR_FOLLOW_UP";

export const MEDCENTRAL_SCOPE = [
  {
    function: "MEDICAL_CODING",
    volumePerMonth: 1700, // inpatient cases coded a month (≈ 21,000 discharges a year, see above)
    revenuePerUnit: 11500, // blended expected reimbursement per inpatient case, payer mix weighted to Medicare/Medicaid (assumption)
  },
  {
    function: "COMPLEX_CLAIMS_DENIALS",
    volumePerMonth: 4000, // high-dollar outpatient claims (surgery, imaging, infusion) needing payer-policy work (assumption)
    revenuePerUnit: 2400, // expected reimbursement per such claim (assumption)
  },
  {
    function: "AR_FOLLOW_UP",
    volumePerMonth: 2000, // accounts aged over 90 days placed with the vendor each month (assumption)
    revenuePerUnit: 1100, // expected collectible balance per aged account (assumption)
  },
] as const satisfies readonly { function: ScopeFunction; volumePerMonth: number; revenuePerUnit: number }[];

/** A bid's line for each function in scope, before the evaluation's function ids are known. */
type LinePlan = Record<ScopeFunction, Omit<BidLineInput, "evaluationFunctionId">>;

const baselineProfile = {
  denialRate: BASELINE.baselineDenialRate,
  reworkRate: BASELINE.baselineReworkRate,
  overturnRate: BASELINE.baselineOverturnRate,
  codingAccuracy: BASELINE.baselineCodingAccuracy,
  firstPassRate: BASELINE.baselineFirstPassRate,
};

// 1. Renewal at today's price and today's performance: the "cheap" option.
const INCUMBENT_LINES: LinePlan = {
  MEDICAL_CODING: { pricingModel: "PER_HOUR", rate: INCUMBENT_HOURLY_RATE, hoursPerMonth: INCUMBENT_HOURS.MEDICAL_CODING, ...baselineProfile },
  COMPLEX_CLAIMS_DENIALS: { pricingModel: "PER_HOUR", rate: INCUMBENT_HOURLY_RATE, hoursPerMonth: INCUMBENT_HOURS.COMPLEX_CLAIMS_DENIALS, ...baselineProfile },
  AR_FOLLOW_UP: { pricingModel: "PER_HOUR", rate: INCUMBENT_HOURLY_RATE, hoursPerMonth: INCUMBENT_HOURS.AR_FOLLOW_UP, ...baselineProfile },
};

// 2. Specialized: US-credentialed staff at $34–42/h (assumption: roughly a certified coder's
// US wage plus overhead), more hours for pre-bill CDI review, committing to the article's 5 %
// denial rate and to the article's specialized ranges (first-pass 88–95 %, accuracy 96–99 %).
// Rework 0.80: the contract has them work every denial above a small-balance threshold.
const specializedDenialRange = { denialRate: { low: 0.04, mode: 0.05, high: 0.08 } };
const SPECIALIZED_LINES: LinePlan = {
  MEDICAL_CODING: {
    pricingModel: "PER_HOUR", rate: 42, hoursPerMonth: 1100,
    denialRate: "0.05", reworkRate: "0.80", overturnRate: "0.60", codingAccuracy: "0.97", firstPassRate: "0.92",
    ranges: specializedDenialRange,
  },
  COMPLEX_CLAIMS_DENIALS: {
    pricingModel: "PER_HOUR", rate: 36, hoursPerMonth: 1100,
    denialRate: "0.05", reworkRate: "0.80", overturnRate: "0.60", codingAccuracy: "0.96", firstPassRate: "0.92",
    ranges: specializedDenialRange,
  },
  AR_FOLLOW_UP: {
    pricingModel: "PER_HOUR", rate: 34, hoursPerMonth: 1000,
    denialRate: "0.05", reworkRate: "0.80", overturnRate: "0.58", codingAccuracy: "0.96", firstPassRate: "0.90",
    ranges: specializedDenialRange,
  },
};

// 3. AI-hybrid, priced per unit: cheap like the incumbent, performance in between.
const aiDenialRange = { denialRate: { low: 0.07, mode: 0.09, high: 0.12 } };
const AI_HYBRID_LINES: LinePlan = {
  MEDICAL_CODING: {
    pricingModel: "PER_UNIT", rate: "9.50", monthlyMinimum: 12000,
    denialRate: "0.09", reworkRate: "0.60", overturnRate: "0.55", codingAccuracy: "0.92", firstPassRate: "0.85",
    ranges: aiDenialRange,
  },
  COMPLEX_CLAIMS_DENIALS: {
    pricingModel: "PER_UNIT", rate: "4.25",
    denialRate: "0.09", reworkRate: "0.60", overturnRate: "0.55", codingAccuracy: "0.91", firstPassRate: "0.85",
    ranges: aiDenialRange,
  },
  AR_FOLLOW_UP: {
    pricingModel: "PER_UNIT", rate: 6,
    denialRate: "0.09", reworkRate: "0.60", overturnRate: "0.55", codingAccuracy: "0.91", firstPassRate: "0.84",
    ranges: aiDenialRange,
  },
};

// 4. Autonomous bots on claimed evidence only: no performance commitments in the bid, so the
// vendor's claimed registry figures apply, after the claim haircut (MODEL.md §3). No SOC 2
// report and no signed BAA either, so the PHI gate (MODEL.md §2) disqualifies it. Shows why
// claims are not enough.
const NO_COMMITMENTS = { denialRate: null, reworkRate: null, overturnRate: null, codingAccuracy: null, firstPassRate: null };
const AUTONOMOUS_LINES: LinePlan = {
  MEDICAL_CODING: { pricingModel: "PER_UNIT", rate: 6, ...NO_COMMITMENTS },
  COMPLEX_CLAIMS_DENIALS: { pricingModel: "PER_UNIT", rate: "2.50", ...NO_COMMITMENTS },
  AR_FOLLOW_UP: { pricingModel: "PERCENT_OF_COLLECTIONS", rate: "0.015", ...NO_COMMITMENTS },
};

// 5. A coding boutique bidding for inpatient coding only: the best coders and the most
// credentialed staff, but denials, claims and A/R stay with today's arrangement (the partial-bid
// rule: their baseline cost stays in this bid's TCO). It does not work denials, so it commits to
// no rework or overturn rate and today's rates are assumed. Weigh coding accuracy or certified
// staff heavily enough and it leads; that trade-off is what the weight editor is for.
const CODING_ONLY_LINE: Omit<BidLineInput, "evaluationFunctionId"> = {
  pricingModel: "PER_HOUR",
  rate: 46, // US credentialed inpatient coders (CCS/RHIT) with overhead (assumption)
  hoursPerMonth: 1000,
  denialRate: "0.05",
  reworkRate: null,
  overturnRate: null,
  codingAccuracy: "0.98",
  firstPassRate: "0.91",
};

/** The open evaluation's name; tests and e2e journeys look it up by it. */
export const MEDCENTRAL_EVALUATION_NAME = "Revenue-cycle re-sourcing: coding, complex claims and A/R";

// "14 → 5": the article's denial rates. Any fixed number would do; it must never change,
// or the demo's Monte Carlo bands move.
const MEDCENTRAL_MONTE_CARLO_SEED = 1405;

export async function seedMedcentralEvaluation(
  db: FactoryDb,
  input: {
    organizationId: string;
    createdById: string;
    vendorIds: { incumbent: string; specialized: string; aiHybrid: string; autonomous: string; codingBoutique: string };
  },
): Promise<{ evaluation: EvaluationWithFunctions; bids: BidWithLines[] }> {
  const { organizationId, vendorIds } = input;
  const evaluation = await createEvaluation(db, {
    organizationId,
    createdById: input.createdById,
    name: MEDCENTRAL_EVALUATION_NAME,
    description:
      "Replace or renew the generalist contract for inpatient coding, complex claims and aged A/R. " +
      "Under the incumbent, net patient revenue fell ~4 % in eighteen months and the denial rate reached 14 %.",
    status: "OPEN",
    termMonths: 36,
    monteCarloSeed: MEDCENTRAL_MONTE_CARLO_SEED,
    // Cost to work a denial: $57.23 (Premier, 2023 data), $43.84 (Premier, 2022 data), $118 (Change Healthcare Denials Index, 2017).
    assumptions: { reworkCostPerDenial: { low: 43.84, mode: 57.23, high: 118 } },
    functions: MEDCENTRAL_SCOPE.map((scope) => ({
      ...scope,
      ...BASELINE,
      // Today's fees plus a third of today's oversight, so the baseline and the incumbent's renewal bid
      // carry the same management cost.
      baselineMonthlyCost: INCUMBENT_HOURLY_RATE * INCUMBENT_HOURS[scope.function] + INCUMBENT_OVERSIGHT_PER_MONTH / 3,
    })),
  });

  const functionIds = new Map<HealthcareFunction, string>(evaluation.functions.map((f) => [f.function, f.id]));
  const lines = (plan: LinePlan): BidLineInput[] =>
    MEDCENTRAL_SCOPE.map((scope) => ({ ...plan[scope.function], evaluationFunctionId: functionIds.get(scope.function)! }));

  const bids: BidWithLines[] = [];
  const common = { organizationId, evaluationId: evaluation.id };
  bids.push(
    await createBid(db, {
      ...common,
      vendorId: vendorIds.incumbent,
      label: "Incumbent renewal (generalist)",
      implementationFee: 0,
      oversightPerMonth: INCUMBENT_OVERSIGHT_PER_MONTH,
      fte: "17.2", // 2,750 hours a month ÷ 160
      turnoverRate: "0.44", // the article: generalists ~30 % above specialized turnover (0.31 × 1.3 ≈ 0.40–0.44)
      notes: "Same scope, same $14/h; no performance commitments beyond today's.",
      lines: lines(INCUMBENT_LINES),
    }),
  );
  bids.push(
    await createBid(db, {
      ...common,
      vendorId: vendorIds.specialized,
      label: "Specialized RCM partner",
      implementationFee: 180000, // EMR integration and the pre-bill CDI workflow of the article's intervention (vendor quote)
      oversightPerMonth: 8000, // bi-weekly denial reviews with medical directors replace day-to-day escalations
      fte: "20.6", // 3,300 hours a month ÷ 160
      turnoverRate: "0.31",
      notes: "Commits to a 5 % denial rate within six months (the article's MedCentral outcome).",
      lines: lines(SPECIALIZED_LINES),
    }),
  );
  bids.push(
    await createBid(db, {
      ...common,
      vendorId: vendorIds.aiHybrid,
      label: "AI-hybrid, human in the loop",
      implementationFee: 120000,
      oversightPerMonth: 10000,
      fte: "11",
      turnoverRate: "0.35",
      notes: "Per-chart and per-claim pricing; NLP suggestions confirmed by certified coders.",
      lines: lines(AI_HYBRID_LINES),
    }),
  );
  bids.push(
    await createBid(db, {
      ...common,
      vendorId: vendorIds.autonomous,
      label: "Autonomous automation",
      implementationFee: 40000,
      oversightPerMonth: 10000,
      fte: "6",
      turnoverRate: "0.5",
      notes: "No performance commitments: the vendor points to its own published figures. SOC 2 and BAA only claimed.",
      lines: lines(AUTONOMOUS_LINES),
    }),
  );
  bids.push(
    await createBid(db, {
      ...common,
      vendorId: vendorIds.codingBoutique,
      label: "Coding boutique (coding only)",
      implementationFee: 60000,
      oversightPerMonth: 4000,
      fte: "6.3", // 1,000 hours a month ÷ 160
      turnoverRate: "0.27",
      notes: "Inpatient coding only; complex claims and A/R would stay with the incumbent.",
      lines: [{ ...CODING_ONLY_LINE, evaluationFunctionId: functionIds.get("MEDICAL_CODING")! }],
    }),
  );
  return { evaluation, bids };
}

/** A second evaluation, still being scoped: front-office functions, no bids yet. */
export async function seedMedcentralDraftEvaluation(
  db: FactoryDb,
  input: { organizationId: string; createdById: string },
): Promise<EvaluationWithFunctions> {
  return createEvaluation(db, {
    organizationId: input.organizationId,
    createdById: input.createdById,
    name: "Front office: prior authorization and eligibility",
    description: "Scoping. Volumes from last year's registration and authorization logs; bids not yet invited.",
    status: "DRAFT",
    termMonths: 24,
    monteCarloSeed: 2402,
    functions: [
      {
        function: "PRIOR_AUTHORIZATION",
        volumePerMonth: 2600, // authorizations requested a month for scheduled procedures and imaging (assumption)
        revenuePerUnit: 1800, // expected reimbursement of the authorized service (assumption)
        baselineDenialRate: "0.118", // MODEL.md default: Kodiak Solutions (2025), 11.81 % of hospital claims
        baselineReworkRate: "0.35",
        baselineOverturnRate: "0.54",
        baselineCodingAccuracy: "0.95", // in-house staff at the AHIMA/AAPC 95 % benchmark
        baselineFirstPassRate: "0.75",
        baselineMonthlyCost: 46000, // in-house team: ~8 FTE × $5,750 loaded a month (assumption)
      },
      {
        function: "ELIGIBILITY_VERIFICATION",
        volumePerMonth: 14000, // registrations verified a month (assumption)
        revenuePerUnit: 0, // bears no revenue of its own: its denials land in the claims they precede
        baselineDenialRate: "0.03",
        baselineReworkRate: "0.5",
        baselineOverturnRate: "0.7",
        baselineCodingAccuracy: "0.95",
        baselineFirstPassRate: "0.9",
        baselineMonthlyCost: 29000, // ~5 FTE in-house (assumption)
      },
    ],
  });
}

import type { Bid, TcoScenario } from "@/lib/tco/scenario";

/**
 * Fixtures from the seed article (reference/specialized-vs-generalist-bpo.txt), shared by the
 * engine's tests and the demo seed. Figures the article gives are marked "article"; the rest
 * are stated assumptions for a 400-bed hospital.
 */

/** Article, "Operational Performance Comparison": generalist vs specialized ranges (fractions). */
export const ARTICLE_PERFORMANCE_RANGES = {
  GENERALIST: {
    firstPassRate: { low: 0.65, mode: 0.7, high: 0.75 },
    codingAccuracy: { low: 0.8, mode: 0.825, high: 0.85 },
  },
  SPECIALIZED: {
    firstPassRate: { low: 0.88, mode: 0.915, high: 0.95 },
    codingAccuracy: { low: 0.96, mode: 0.975, high: 0.99 },
  },
} as const;

/** Article, MedCentral case: denial rate 14 % before, 5 % within six months after. */
export const MEDCENTRAL_DENIAL_RATE = { before: 0.14, after: 0.05 } as const;

/** Article, executive briefing: generalist staff turnover about 30 % higher. */
const SPECIALIZED_TURNOVER = 0.3;
const GENERALIST_TURNOVER = SPECIALIZED_TURNOVER * 1.3;

const CLAIMS_PER_MONTH = 20_000; // assumption: ~240,000 claims a year for a 400-bed hospital
const REVENUE_PER_CLAIM = 1_650; // assumption: ~$400 M net patient revenue a year
const HOURS_PER_MONTH = 10_000; // assumption: ~60 FTE on the account
const GENERALIST_RATE = 18; // assumption: USD per hour, offshore generalist
const SPECIALIZED_RATE = 30; // assumption: USD per hour, "the higher hourly rate" (article)

/** The generalist renewal: today's performance (the article's generalist figures) at today's price. */
export const MEDCENTRAL_GENERALIST_BID: Bid = {
  id: "generalist",
  vendorModel: "GENERALIST",
  implementationFee: 0,
  oversightPerMonth: 15_000,
  fte: 60,
  turnoverRate: GENERALIST_TURNOVER,
  complianceMaturity: 0.4,
  lines: [
    {
      function: "billing",
      pricing: { model: "PER_HOUR", rate: GENERALIST_RATE, hoursPerMonth: HOURS_PER_MONTH },
      performance: {
        denialRate: MEDCENTRAL_DENIAL_RATE.before,
        reworkRate: 0.35,
        overturnRate: 0.54,
        codingAccuracy: ARTICLE_PERFORMANCE_RANGES.GENERALIST.codingAccuracy.mode,
        firstPassRate: ARTICLE_PERFORMANCE_RANGES.GENERALIST.firstPassRate.mode,
      },
    },
  ],
};

/** The specialized bid: the article's specialized figures and MedCentral's 5 % denial rate. */
export const MEDCENTRAL_SPECIALIZED_BID: Bid = {
  id: "specialized",
  vendorModel: "SPECIALIZED",
  implementationFee: 150_000, // assumption: one-off onboarding and EMR integration
  oversightPerMonth: 15_000,
  fte: 60,
  turnoverRate: SPECIALIZED_TURNOVER,
  complianceMaturity: 0.9,
  lines: [
    {
      function: "billing",
      pricing: { model: "PER_HOUR", rate: SPECIALIZED_RATE, hoursPerMonth: HOURS_PER_MONTH },
      performance: {
        denialRate: MEDCENTRAL_DENIAL_RATE.after,
        reworkRate: 0.5, // MODEL.md: rework share offered as a range 0.35–0.50; specialists work more
        overturnRate: 0.54, // Premier, 2024
        codingAccuracy: ARTICLE_PERFORMANCE_RANGES.SPECIALIZED.codingAccuracy.mode,
        firstPassRate: ARTICLE_PERFORMANCE_RANGES.SPECIALIZED.firstPassRate.mode,
      },
    },
  ],
};

/** MedCentral Health: back-office billing with the generalist arrangement as today's baseline. */
export const MEDCENTRAL_SCENARIO: TcoScenario = {
  termMonths: 36,
  functions: [
    {
      key: "billing",
      function: "COMPLEX_CLAIMS_DENIALS",
      volumePerMonth: CLAIMS_PER_MONTH,
      revenuePerUnit: REVENUE_PER_CLAIM,
      baseline: {
        denialRate: MEDCENTRAL_DENIAL_RATE.before,
        reworkRate: 0.35,
        overturnRate: 0.54,
        codingAccuracy: ARTICLE_PERFORMANCE_RANGES.GENERALIST.codingAccuracy.mode,
        firstPassRate: ARTICLE_PERFORMANCE_RANGES.GENERALIST.firstPassRate.mode,
        monthlyCost: GENERALIST_RATE * HOURS_PER_MONTH,
      },
    },
  ],
  bids: [MEDCENTRAL_GENERALIST_BID, MEDCENTRAL_SPECIALIZED_BID],
};

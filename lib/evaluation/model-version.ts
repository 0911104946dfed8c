/**
 * The version of the evaluation model (MODEL.md: decision matrix, scores, TCO, Monte Carlo) the
 * engine implements, stamped on every decision report. Bump it with any change that can alter
 * a figure (a formula, a default, the claim-haircut rule), so a report says which rules made it.
 * 2026.11.2: the one-sided claim haircut and the partial-bid rule.
 */
export const MODEL_VERSION = "2026.11.2";

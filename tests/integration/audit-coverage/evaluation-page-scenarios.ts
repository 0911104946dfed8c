// Audit scenarios for the evaluation pages' server actions: the create/edit forms, the bids
// tab and the decision tab (the API twins are in evaluation-scenarios.ts).
import { createBidAction, duplicateBidAction, removeBidAction, updateBidAction } from "@/app/(app)/evaluations/[id]/bids/actions";
import { openEvaluationAction, recordDecisionAction, reopenEvaluationAction, reviewDecisionAction } from "@/app/(app)/evaluations/[id]/decision/actions";
import { updateEvaluationAction } from "@/app/(app)/evaluations/[id]/edit/actions";
import { createEvaluationAction } from "@/app/(app)/evaluations/new/actions";
import type { EvaluationStatus } from "@/lib/generated/prisma/enums";
import { percentInputFromFraction } from "@/lib/format";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { createBid } from "@/prisma/demo/builders/bid";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { formData } from "@/tests/setup/form-data";
import type { Scenario, World } from "./world";

/** The evaluation form as the browser sends it: one function in scope, every assumption pre-filled. */
function evaluationForm(extra: Record<string, string> = {}): FormData {
  const fields: Record<string, string> = {
    name: "Coding re-sourcing",
    description: "",
    termMonths: "36",
    monteCarloSeed: "7",
    "functions[0].function": "MEDICAL_CODING",
    "functions[0].volumePerMonth.mode": "10000",
    "functions[0].revenuePerUnit.mode": "180",
    "functions[0].baselineMonthlyCost.mode": "90000",
    "functions[0].baselineDenialRate.mode": "14",
    "functions[0].baselineCodingAccuracy.mode": "85",
    "functions[0].baselineFirstPassRate.mode": "72",
    "functions[0].baselineReworkRate.mode": "35",
    "functions[0].baselineOverturnRate.mode": "54",
    ...extra,
  };
  for (const name of ASSUMPTION_NAMES) {
    const value = ASSUMPTION_DEFAULTS[name].value;
    fields[`assumptions.${name}.mode`] = isFractionAssumption(name) ? percentInputFromFraction(value) : String(value);
  }
  return formData(fields);
}

const bidForm = (vendorId: string, extra: Record<string, string> = {}) =>
  formData({
    vendorId,
    label: "Specialist",
    status: "SUBMITTED",
    implementationFee: "60000",
    oversightPerMonth: "4000",
    fte: "",
    turnoverRate: "",
    notes: "",
    "lines[0].function": "MEDICAL_CODING",
    "lines[0].covered": "on",
    "lines[0].pricingModel": "PER_UNIT",
    "lines[0].rate.mode": "6.5",
    ...extra,
  });

async function qualifiedVendor(world: World) {
  const vendor = await createVendor(world.db, { organizationId: world.organizationId });
  await createComplianceEvidence(world.db, { organizationId: world.organizationId, vendorId: vendor.id, item: "SOC2_TYPE_II", level: "VERIFIED" });
  await createComplianceEvidence(world.db, { organizationId: world.organizationId, vendorId: vendor.id, item: "HIPAA_BAA", level: "DOCUMENTED" });
  return vendor;
}

async function evaluationWithBid(world: World, status: EvaluationStatus) {
  const vendor = await qualifiedVendor(world);
  const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, status, functions: [{ function: "MEDICAL_CODING" }] });
  const bid = await createBid(world.db, { organizationId: world.organizationId, evaluationId: evaluation.id, vendorId: vendor.id, lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
  if (status === "DECISION_RECORDED" || status === "APPROVED") {
    await world.db.evaluation.update({ where: { id: evaluation.id }, data: { decidedBidId: bid.id, decisionRationale: "The specialist wins on accuracy.", decidedById: world.users.PROCUREMENT.id, decidedAt: new Date() } });
  }
  return { vendor, evaluation: await world.db.evaluation.findUniqueOrThrow({ where: { id: evaluation.id } }), bid };
}

export const evaluationPageScenarios: Record<string, Scenario> = {
  "action app/(app)/evaluations/new/actions.ts#createEvaluationAction": {
    caller: "PROCUREMENT",
    event: { action: "create-evaluation", entityType: "Evaluation" },
    prepare: async () => ({ call: () => createEvaluationAction(undefined, evaluationForm()) }),
  },
  "action app/(app)/evaluations/[id]/edit/actions.ts#updateEvaluationAction": {
    caller: "PROCUREMENT",
    event: { action: "update-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, functions: [{ function: "MEDICAL_CODING" }] });
      return { call: () => updateEvaluationAction(evaluation.id, undefined, evaluationForm({ version: String(evaluation.version), name: "Renamed" })) };
    },
  },
  "action app/(app)/evaluations/[id]/bids/actions.ts#createBidAction": {
    caller: "PROCUREMENT",
    event: { action: "create-bid", entityType: "Bid" },
    prepare: async (world) => {
      const vendor = await qualifiedVendor(world);
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, status: "OPEN", functions: [{ function: "MEDICAL_CODING" }] });
      return { call: () => createBidAction(evaluation.id, undefined, bidForm(vendor.id)) };
    },
  },
  "action app/(app)/evaluations/[id]/bids/actions.ts#updateBidAction": {
    caller: "PROCUREMENT",
    event: { action: "update-bid", entityType: "Bid" },
    prepare: async (world) => {
      const { vendor, bid } = await evaluationWithBid(world, "OPEN");
      return { call: () => updateBidAction(bid.id, undefined, bidForm(vendor.id, { version: String(bid.version), label: "Renamed offer" })) };
    },
  },
  "action app/(app)/evaluations/[id]/bids/actions.ts#duplicateBidAction": {
    caller: "PROCUREMENT",
    event: { action: "duplicate-bid", entityType: "Bid" },
    prepare: async (world) => {
      const { bid } = await evaluationWithBid(world, "OPEN");
      return { call: () => duplicateBidAction(bid.id, {}) };
    },
  },
  "action app/(app)/evaluations/[id]/bids/actions.ts#removeBidAction": {
    caller: "PROCUREMENT",
    event: { action: "remove-bid", entityType: "Bid" },
    prepare: async (world) => {
      const { bid } = await evaluationWithBid(world, "OPEN");
      return { call: () => removeBidAction(bid.id, { version: bid.version }) };
    },
  },
  "action app/(app)/evaluations/[id]/decision/actions.ts#openEvaluationAction": {
    caller: "PROCUREMENT",
    event: { action: "open-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, functions: [{ function: "MEDICAL_CODING" }] });
      return { call: () => openEvaluationAction(evaluation.id, { version: evaluation.version }) };
    },
  },
  "action app/(app)/evaluations/[id]/decision/actions.ts#recordDecisionAction": {
    caller: "PROCUREMENT",
    event: { action: "record-decision", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation, bid } = await evaluationWithBid(world, "OPEN");
      return { call: () => recordDecisionAction(evaluation.id, undefined, formData({ bidId: bid.id, rationale: "The specialist wins on accuracy and audit defensibility.", version: String(evaluation.version) })) };
    },
  },
  "action app/(app)/evaluations/[id]/decision/actions.ts#reviewDecisionAction": {
    caller: "EXECUTIVE",
    event: { action: "approve-decision", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "DECISION_RECORDED");
      return { call: () => reviewDecisionAction(evaluation.id, undefined, formData({ outcome: "APPROVE", comment: "", version: String(evaluation.version) })) };
    },
  },
  "action app/(app)/evaluations/[id]/decision/actions.ts#reopenEvaluationAction": {
    caller: "PROCUREMENT",
    event: { action: "reopen-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "APPROVED");
      return { call: () => reopenEvaluationAction(evaluation.id, undefined, formData({ comment: "A best-and-final offer arrived.", version: String(evaluation.version) })) };
    },
  },
};

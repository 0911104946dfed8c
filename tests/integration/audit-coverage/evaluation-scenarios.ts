// Audit scenarios for evaluations: create, edit, open, weights, duplicate, bids, decision,
// review and reopen — through /api/v1 and through the pages' server actions.
import { duplicateEvaluationAction, saveEvaluationWeights } from "@/app/(app)/evaluations/[id]/actions";
import { DELETE as deleteBid, PATCH as patchBid } from "@/app/api/v1/bids/[id]/route";
import { POST as postApproval } from "@/app/api/v1/evaluations/[id]/approval/route";
import { POST as postBid } from "@/app/api/v1/evaluations/[id]/bids/route";
import { POST as postDecision } from "@/app/api/v1/evaluations/[id]/decision/route";
import { POST as postOpen } from "@/app/api/v1/evaluations/[id]/open/route";
import { POST as postReopen } from "@/app/api/v1/evaluations/[id]/reopen/route";
import { PATCH as patchEvaluation } from "@/app/api/v1/evaluations/[id]/route";
import { POST as postEvaluation } from "@/app/api/v1/evaluations/route";
import type { EvaluationStatus } from "@/lib/generated/prisma/enums";
import { createBid } from "@/prisma/demo/builders/bid";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import type { Scenario, World } from "./world";

const send = (path: string, method: string, token: string, body?: unknown) => apiRequest(path, { method, token, body });
const id = (value: string) => routeParams({ id: value });

const coding = {
  function: "MEDICAL_CODING",
  volumePerMonth: { low: 9000, mode: 10000, high: 11000 },
  revenuePerUnit: 180,
  baselineDenialRate: 0.14,
  baselineReworkRate: 0.35,
  baselineOverturnRate: 0.54,
  baselineCodingAccuracy: 0.85,
  baselineFirstPassRate: 0.72,
  baselineMonthlyCost: 90000,
};
const weights = { FIRST_PASS_RATE: 10, CODING_ACCURACY: 40, DENIAL_RATE: 10, COMPLIANCE_MATURITY: 10, CERTIFIED_STAFF_SHARE: 10, STAFF_TURNOVER: 5, TCO_PER_UNIT: 15 };

/** A vendor that passes the PHI gate: a current SOC 2 Type II and a BAA. */
async function qualifiedVendor(world: World) {
  const vendor = await createVendor(world.db, { organizationId: world.organizationId });
  await createComplianceEvidence(world.db, { organizationId: world.organizationId, vendorId: vendor.id, item: "SOC2_TYPE_II", level: "VERIFIED" });
  await createComplianceEvidence(world.db, { organizationId: world.organizationId, vendorId: vendor.id, item: "HIPAA_BAA", level: "DOCUMENTED" });
  return vendor;
}

/** An evaluation of medical coding in `status`, with one submitted bid from a qualified vendor. */
async function evaluationWithBid(world: World, status: EvaluationStatus) {
  const vendor = await qualifiedVendor(world);
  const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, status, functions: [{ function: "MEDICAL_CODING" }] });
  const bid = await createBid(world.db, { organizationId: world.organizationId, evaluationId: evaluation.id, vendorId: vendor.id, lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
  if (status === "DECISION_RECORDED" || status === "APPROVED") {
    await world.db.evaluation.update({ where: { id: evaluation.id }, data: { decidedBidId: bid.id, decisionRationale: "The specialist wins on accuracy.", decidedById: world.users.PROCUREMENT.id, decidedAt: new Date() } });
  }
  return { vendor, evaluation, bid };
}

export const evaluationScenarios: Record<string, Scenario> = {
  "POST /api/v1/evaluations": {
    caller: "PROCUREMENT",
    event: { action: "create-evaluation", entityType: "Evaluation" },
    prepare: async () => ({
      call: (token) => postEvaluation(send("/api/v1/evaluations", "POST", token, { name: "Coding re-sourcing", termMonths: 36, monteCarloSeed: 7, functions: [coding] })),
    }),
  },
  "PATCH /api/v1/evaluations/[id]": {
    caller: "PROCUREMENT",
    event: { action: "update-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, functions: [{ function: "MEDICAL_CODING" }] });
      return { call: (token) => patchEvaluation(send(`/api/v1/evaluations/${evaluation.id}`, "PATCH", token, { name: "Renamed", version: evaluation.version }), id(evaluation.id)) };
    },
  },
  "POST /api/v1/evaluations/[id]/open": {
    caller: "PROCUREMENT",
    event: { action: "open-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, functions: [{ function: "MEDICAL_CODING" }] });
      return { call: (token) => postOpen(send(`/api/v1/evaluations/${evaluation.id}/open`, "POST", token, { version: evaluation.version }), id(evaluation.id)) };
    },
  },
  "POST /api/v1/evaluations/[id]/bids": {
    caller: "PROCUREMENT",
    event: { action: "create-bid", entityType: "Bid" },
    prepare: async (world) => {
      const vendor = await qualifiedVendor(world);
      const evaluation = await createEvaluation(world.db, { organizationId: world.organizationId, status: "OPEN", functions: [{ function: "MEDICAL_CODING" }] });
      const body = { vendorId: vendor.id, label: "Specialist", implementationFee: 60000, oversightPerMonth: 4000, fte: 25, turnoverRate: 0.3, lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_UNIT", rate: 6.5 } }] };
      return { call: (token) => postBid(send(`/api/v1/evaluations/${evaluation.id}/bids`, "POST", token, body), id(evaluation.id)) };
    },
  },
  "PATCH /api/v1/bids/[id]": {
    caller: "PROCUREMENT",
    event: { action: "update-bid", entityType: "Bid" },
    prepare: async (world) => {
      const { bid } = await evaluationWithBid(world, "OPEN");
      return { call: (token) => patchBid(send(`/api/v1/bids/${bid.id}`, "PATCH", token, { oversightPerMonth: 6000, version: bid.version }), id(bid.id)) };
    },
  },
  "DELETE /api/v1/bids/[id]": {
    caller: "PROCUREMENT",
    event: { action: "remove-bid", entityType: "Bid" },
    prepare: async (world) => {
      const { bid } = await evaluationWithBid(world, "OPEN");
      return { call: (token) => deleteBid(send(`/api/v1/bids/${bid.id}?version=${bid.version}`, "DELETE", token), id(bid.id)) };
    },
  },
  "POST /api/v1/evaluations/[id]/decision": {
    caller: "PROCUREMENT",
    event: { action: "record-decision", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation, bid } = await evaluationWithBid(world, "OPEN");
      const body = { bidId: bid.id, rationale: "The specialist wins on accuracy and audit defensibility.", version: evaluation.version };
      return { call: (token) => postDecision(send(`/api/v1/evaluations/${evaluation.id}/decision`, "POST", token, body), id(evaluation.id)) };
    },
  },
  "POST /api/v1/evaluations/[id]/approval": {
    caller: "EXECUTIVE",
    event: { action: "approve-decision", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "DECISION_RECORDED");
      return { call: (token) => postApproval(send(`/api/v1/evaluations/${evaluation.id}/approval`, "POST", token, { outcome: "APPROVE", comment: "Approved for the board.", version: evaluation.version }), id(evaluation.id)) };
    },
  },
  "POST /api/v1/evaluations/[id]/reopen": {
    caller: "PROCUREMENT",
    event: { action: "reopen-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "APPROVED");
      return { call: (token) => postReopen(send(`/api/v1/evaluations/${evaluation.id}/reopen`, "POST", token, { comment: "A best-and-final offer arrived.", version: evaluation.version }), id(evaluation.id)) };
    },
  },

  "action app/(app)/evaluations/[id]/actions.ts#saveEvaluationWeights": {
    caller: "PROCUREMENT",
    event: { action: "update-evaluation-weights", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "OPEN");
      return { call: () => saveEvaluationWeights(evaluation.id, { weights, version: evaluation.version }) };
    },
  },
  "action app/(app)/evaluations/[id]/actions.ts#duplicateEvaluationAction": {
    caller: "PROCUREMENT",
    event: { action: "duplicate-evaluation", entityType: "Evaluation" },
    prepare: async (world) => {
      const { evaluation } = await evaluationWithBid(world, "OPEN");
      return { call: () => duplicateEvaluationAction(evaluation.id, {}) };
    },
  },
};

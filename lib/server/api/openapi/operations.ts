import "server-only";
import { z } from "zod";
import type { Permission } from "@/lib/server/permissions";
import { PageQuerySchema } from "@/lib/schemas/api-envelope";
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";
import { ImportQuerySchema } from "@/lib/schemas/csv-import";
import { AuditEventsApiQuerySchema } from "@/lib/schemas/audit-trail-query";
import { BidInputSchema, BidUpdateSchema } from "@/lib/schemas/bid";
import { ComplianceEvidenceInputSchema, ComplianceEvidenceUpdateSchema } from "@/lib/schemas/compliance-evidence";
import { EvaluationInputSchema, EvaluationUpdateSchema } from "@/lib/schemas/evaluation";
import { RecordDecisionSchema, ReopenEvaluationSchema, ReviewDecisionSchema } from "@/lib/schemas/evaluation-decision";
import { EvaluationListApiQuerySchema } from "@/lib/schemas/evaluation-list-query";
import { EvaluationResultsQuerySchema } from "@/lib/schemas/evaluation-results-query";
import { MetricObservationInputSchema, MetricObservationUpdateSchema } from "@/lib/schemas/metric-observation";
import { RecordVersionSchema } from "@/lib/schemas/record-version";
import { SignInInputSchema } from "@/lib/schemas/sign-in";
import { StaffCertificationsInputSchema } from "@/lib/schemas/staff-certifications";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";
import { VendorInputSchema, VendorUpdateSchema } from "@/lib/schemas/vendor";
import { VendorListApiQuerySchema } from "@/lib/schemas/vendor-list-query";

// The table the OpenAPI document is generated from: each operation names the zod schemas its
// handler parses (requests) and answers with (responses, lib/schemas/*-response.ts). Request
// and response schemas are listed once below under the component name the document gives them.

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Who may call: a permission of lib/server/permissions.ts, any signed-in role, or no one needs to sign in. */
export type Access = Permission | "signed-in" | "public";

export interface ApiOperation {
  method: HttpMethod;
  /** Relative to the server URL /api/v1, with {id} path parameters. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  /** The query's zod object; each key becomes a query parameter. */
  query?: z.ZodObject;
  /** ?version=N on a DELETE: the version the caller read. */
  versionQuery?: "optional" | "required";
  /** A request component (REQUEST_SCHEMAS), sent as JSON. */
  body?: keyof typeof REQUEST_SCHEMAS;
  /** The body is a CSV file (text/csv) instead of JSON. */
  csvBody?: boolean;
  /** Error statuses whose answer is not the error envelope but a response component. */
  errorBodies?: Partial<Record<number, ResponseName>>;
  /** A PATCH whose fields are all optional except `version` (laid over the stored record, then validated whole). */
  partialBody?: boolean;
  success: { status: 200 | 201 | 204; description: string; schema?: ResponseName };
  /** Error statuses besides those every operation of its kind has (400, 401, 403, 404, 413, 500). */
  errors?: number[];
}

export const REQUEST_SCHEMAS = {
  SignInInput: SignInInputSchema,
  VendorInput: VendorInputSchema,
  VendorUpdate: VendorUpdateSchema,
  MetricObservationInput: MetricObservationInputSchema,
  MetricObservationUpdate: MetricObservationUpdateSchema,
  ComplianceEvidenceInput: ComplianceEvidenceInputSchema,
  ComplianceEvidenceUpdate: ComplianceEvidenceUpdateSchema,
  StaffCertificationsInput: StaffCertificationsInputSchema,
  EvaluationInput: EvaluationInputSchema,
  EvaluationUpdate: EvaluationUpdateSchema,
  RecordVersion: RecordVersionSchema,
  RecordDecision: RecordDecisionSchema,
  ReviewDecision: ReviewDecisionSchema,
  ReopenEvaluation: ReopenEvaluationSchema,
  BidInput: BidInputSchema,
  BidUpdate: BidUpdateSchema,
  TcoScenario: TcoScenarioSchema,
  ApiTokenCreate: ApiTokenCreateSchema,
} satisfies Record<string, z.ZodType>;

export type ResponseName =
  | "SignInToken"
  | "Vendor"
  | "VendorList"
  | "VendorRemoval"
  | "MetricObservation"
  | "MetricObservationList"
  | "ComplianceEvidence"
  | "ComplianceEvidenceList"
  | "StaffCertifications"
  | "Evaluation"
  | "EvaluationList"
  | "EvaluationResults"
  | "Bid"
  | "BidList"
  | "BidRemoval"
  | "TcoResult"
  | "ApiTokenList"
  | "ApiTokenCreated"
  | "ImportReport"
  | "AuditEventList"
  | "OpenApiDocument";

const byId = { vendor: "The vendor's id", metric: "The observation's id", evidence: "The evidence record's id", evaluation: "The evaluation's id", bid: "The bid's id", token: "The token's id" };

export const API_OPERATIONS: ApiOperation[] = [
  // Authentication and the document itself
  {
    method: "post", path: "/auth/token", operationId: "createSignInToken", tag: "Authentication", access: "public",
    summary: "Exchange email and password for a bearer token",
    description: "The one route open without credentials. Repeated failures are throttled (429 with Retry-After).",
    body: "SignInInput", success: { status: 200, description: "A bearer token", schema: "SignInToken" }, errors: [401, 429],
  },
  {
    method: "get", path: "/openapi.json", operationId: "getOpenApiDocument", tag: "Authentication", access: "public",
    summary: "This document (OpenAPI 3.1)", success: { status: 200, description: "The OpenAPI document", schema: "OpenApiDocument" },
  },
  // Vendors
  {
    method: "get", path: "/vendors", operationId: "listVendors", tag: "Vendors", access: "read:all",
    summary: "List vendors", description: "The caller's organisation only; archived vendors only with archived=1.",
    query: VendorListApiQuerySchema, success: { status: 200, description: "One page of vendors", schema: "VendorList" },
  },
  {
    method: "post", path: "/vendors", operationId: "createVendor", tag: "Vendors", access: "edit:vendor",
    summary: "Create a vendor", body: "VendorInput", success: { status: 201, description: "The new vendor", schema: "Vendor" }, errors: [409],
  },
  { method: "get", path: "/vendors/{id}", operationId: "getVendor", tag: "Vendors", access: "read:all", summary: "Read a vendor", success: { status: 200, description: "The vendor", schema: "Vendor" } },
  {
    method: "patch", path: "/vendors/{id}", operationId: "updateVendor", tag: "Vendors", access: "edit:vendor",
    summary: "Change a vendor", description: "Send the fields to change and the `version` you read; a stale version gets 409.",
    body: "VendorUpdate", success: { status: 200, description: "The vendor as saved", schema: "Vendor" }, errors: [409],
  },
  {
    method: "delete", path: "/vendors/{id}", operationId: "removeVendor", tag: "Vendors", access: "edit:vendor",
    summary: "Delete a vendor, or archive one that bids reference", versionQuery: "optional",
    success: { status: 200, description: "Which of the two happened", schema: "VendorRemoval" }, errors: [409],
  },
  // Metrics
  {
    method: "get", path: "/vendors/{id}/metrics", operationId: "listMetricObservations", tag: "Metrics", access: "read:all",
    summary: "List a vendor's metric observations, newest first", query: PageQuerySchema,
    success: { status: 200, description: "One page of observations", schema: "MetricObservationList" },
  },
  {
    method: "post", path: "/vendors/{id}/metrics", operationId: "addMetricObservation", tag: "Metrics", access: "edit:vendor",
    summary: "Record a metric observation", description: "`value` is a fraction. 409 when one exists for that metric, day and source.",
    body: "MetricObservationInput", success: { status: 201, description: "The new observation", schema: "MetricObservation" }, errors: [409],
  },
  {
    method: "patch", path: "/metrics/{id}", operationId: "correctMetricObservation", tag: "Metrics", access: "edit:vendor",
    summary: "Correct a metric observation", description: "Any fields plus the `version` you read; the result is validated as a whole.",
    body: "MetricObservationUpdate", partialBody: true, success: { status: 200, description: "The observation as saved", schema: "MetricObservation" }, errors: [409],
  },
  {
    method: "delete", path: "/metrics/{id}", operationId: "removeMetricObservation", tag: "Metrics", access: "edit:vendor",
    summary: "Remove a metric observation", versionQuery: "optional", success: { status: 204, description: "Removed" }, errors: [409],
  },
  // Evidence and certifications
  {
    method: "get", path: "/vendors/{id}/evidence", operationId: "listComplianceEvidence", tag: "Evidence", access: "read:all",
    summary: "List a vendor's compliance evidence", query: PageQuerySchema,
    success: { status: 200, description: "One page of evidence records", schema: "ComplianceEvidenceList" },
  },
  {
    method: "post", path: "/vendors/{id}/evidence", operationId: "addComplianceEvidence", tag: "Evidence", access: "edit:vendor",
    summary: "Record compliance evidence", description: "A renewal is a new record; the expiry is derived from the item and date.",
    body: "ComplianceEvidenceInput", success: { status: 201, description: "The new evidence record", schema: "ComplianceEvidence" },
  },
  {
    method: "patch", path: "/evidence/{id}", operationId: "updateComplianceEvidence", tag: "Evidence", access: "edit:vendor",
    summary: "Correct compliance evidence", description: "Any fields plus the `version` you read; the result is validated as a whole.",
    body: "ComplianceEvidenceUpdate", partialBody: true, success: { status: 200, description: "The record as saved", schema: "ComplianceEvidence" }, errors: [409],
  },
  {
    method: "delete", path: "/evidence/{id}", operationId: "removeComplianceEvidence", tag: "Evidence", access: "edit:vendor",
    summary: "Remove compliance evidence", versionQuery: "optional", success: { status: 204, description: "Removed" }, errors: [409],
  },
  {
    method: "get", path: "/vendors/{id}/certifications", operationId: "getStaffCertifications", tag: "Evidence", access: "read:all",
    summary: "Read a vendor's staff certification counts", success: { status: 200, description: "The counts and the certified share", schema: "StaffCertifications" },
  },
  {
    method: "put", path: "/vendors/{id}/certifications", operationId: "setStaffCertifications", tag: "Evidence", access: "edit:vendor",
    summary: "Replace a vendor's staff certification counts", description: "At `version` (0 the first time).",
    body: "StaffCertificationsInput", success: { status: 200, description: "The counts as saved", schema: "StaffCertifications" }, errors: [409],
  },
  // Imports
  ...(["vendors", "metrics"] as const).map(
    (kind): ApiOperation => ({
      method: "post", path: `/imports/${kind}`, operationId: kind === "vendors" ? "importVendors" : "importMetricObservations", tag: "Imports", access: "import:vendor",
      summary: kind === "vendors" ? "Import vendors from CSV" : "Import metric observations from CSV",
      description: "The body is the CSV file (Content-Type: text/csv; docs/csv-import.md has the columns). Every row is written in one transaction, or none: a file with errors gets 422 with the report. `?dryRun=true` answers the preview with each row's status and errors and writes nothing.",
      query: ImportQuerySchema, csvBody: true, success: { status: 200, description: "The report: previewed, or committed", schema: "ImportReport" },
      errors: [415, 422], errorBodies: { 422: "ImportReport" },
    }),
  ),
  // Evaluations and bids
  {
    method: "get", path: "/evaluations", operationId: "listEvaluations", tag: "Evaluations", access: "read:all",
    summary: "List evaluations", query: EvaluationListApiQuerySchema, success: { status: 200, description: "One page of evaluations", schema: "EvaluationList" },
  },
  {
    method: "post", path: "/evaluations", operationId: "createEvaluation", tag: "Evaluations", access: "edit:evaluation",
    summary: "Create a draft evaluation", description: "Assumptions left out take the organisation's defaults; a seed is drawn when none is given.",
    body: "EvaluationInput", success: { status: 201, description: "The new evaluation", schema: "Evaluation" },
  },
  { method: "get", path: "/evaluations/{id}", operationId: "getEvaluation", tag: "Evaluations", access: "read:all", summary: "Read an evaluation with its scope", success: { status: 200, description: "The evaluation", schema: "Evaluation" } },
  {
    method: "patch", path: "/evaluations/{id}", operationId: "updateEvaluation", tag: "Evaluations", access: "edit:evaluation",
    summary: "Change an evaluation", description: "With the `version` you read; 422 once a decision is recorded.",
    body: "EvaluationUpdate", success: { status: 200, description: "The evaluation as saved", schema: "Evaluation" }, errors: [409, 422],
  },
  {
    method: "post", path: "/evaluations/{id}/open", operationId: "openEvaluation", tag: "Decisions", access: "edit:evaluation",
    summary: "Open a draft evaluation for bids", body: "RecordVersion", success: { status: 200, description: "The evaluation", schema: "Evaluation" }, errors: [409, 422],
  },
  {
    method: "get", path: "/evaluations/{id}/results", operationId: "getEvaluationResults", tag: "Evaluations", access: "read:all",
    summary: "Ranking, scores, TCO and weight stability", description: "With ?monteCarlo=N, the uncertainty block (P10/P50/P90) from the evaluation's stored seed.",
    query: EvaluationResultsQuerySchema, success: { status: 200, description: "The results", schema: "EvaluationResults" },
  },
  {
    method: "get", path: "/evaluations/{id}/bids", operationId: "listBids", tag: "Bids", access: "read:all",
    summary: "List an evaluation's bids", success: { status: 200, description: "The bids, in the order entered", schema: "BidList" },
  },
  {
    method: "post", path: "/evaluations/{id}/bids", operationId: "createBid", tag: "Bids", access: "edit:bid",
    summary: "Add a bid to an open evaluation", body: "BidInput", success: { status: 201, description: "The new bid", schema: "Bid" }, errors: [422],
  },
  { method: "get", path: "/bids/{id}", operationId: "getBid", tag: "Bids", access: "read:all", summary: "Read a bid", success: { status: 200, description: "The bid", schema: "Bid" } },
  {
    method: "patch", path: "/bids/{id}", operationId: "updateBid", tag: "Bids", access: "edit:bid",
    summary: "Change a bid", description: "With the `version` you read; `lines` replaces all lines.",
    body: "BidUpdate", success: { status: 200, description: "The bid as saved", schema: "Bid" }, errors: [409, 422],
  },
  {
    method: "delete", path: "/bids/{id}", operationId: "removeBid", tag: "Bids", access: "edit:bid",
    summary: "Remove a bid of an open evaluation", versionQuery: "required", success: { status: 200, description: "The removed bid", schema: "BidRemoval" }, errors: [409, 422],
  },
  // Decisions
  {
    method: "post", path: "/evaluations/{id}/decision", operationId: "recordDecision", tag: "Decisions", access: "record:decision",
    summary: "Record the decision", description: "The chosen bid and a rationale; freezes the evaluation's inputs.",
    body: "RecordDecision", success: { status: 200, description: "The evaluation", schema: "Evaluation" }, errors: [409, 422],
  },
  {
    method: "post", path: "/evaluations/{id}/approval", operationId: "reviewDecision", tag: "Decisions", access: "review:decision",
    summary: "Approve a recorded decision or return it", description: "`outcome` APPROVE or RETURN; a return needs a comment.",
    body: "ReviewDecision", success: { status: 200, description: "The evaluation", schema: "Evaluation" }, errors: [409, 422],
  },
  {
    method: "post", path: "/evaluations/{id}/reopen", operationId: "reopenEvaluation", tag: "Decisions", access: "record:decision",
    summary: "Reopen a decided or approved evaluation", description: "The decision and approval are cleared and recorded in the audit trail.",
    body: "ReopenEvaluation", success: { status: 200, description: "The evaluation", schema: "Evaluation" }, errors: [409, 422],
  },
  // TCO calculator
  {
    method: "post", path: "/tco", operationId: "calculateTco", tag: "TCO", access: "signed-in",
    summary: "Stateless TCO calculator", description: "MODEL.md §5 on a whole scenario in the body; optional Monte Carlo.",
    body: "TcoScenario", success: { status: 200, description: "TCO, NRR and payback by bid", schema: "TcoResult" },
  },
  // Audit trail
  {
    method: "get", path: "/audit-events", operationId: "listAuditEvents", tag: "Audit", access: "read:audit",
    summary: "Read the audit trail, newest first", description: "Filters by actor, record type, record (with the rows that belong to it) and date range.",
    query: AuditEventsApiQuerySchema, success: { status: 200, description: "One page of events", schema: "AuditEventList" },
  },
  // Tokens
  {
    method: "get", path: "/tokens", operationId: "listApiTokens", tag: "Tokens", access: "manage:tokens",
    summary: "List the organisation's named API tokens", success: { status: 200, description: "The tokens (never their values)", schema: "ApiTokenList" },
  },
  {
    method: "post", path: "/tokens", operationId: "createApiToken", tag: "Tokens", access: "manage:tokens",
    summary: "Create a named API token", description: "The token's value is in this answer only.",
    body: "ApiTokenCreate", success: { status: 201, description: "The new token", schema: "ApiTokenCreated" },
  },
  {
    method: "delete", path: "/tokens/{id}", operationId: "revokeApiToken", tag: "Tokens", access: "manage:tokens",
    summary: "Revoke a token at once", success: { status: 204, description: "Revoked" },
  },
];

/** The description of an operation's {id} path parameter. */
export function idDescription(path: string): string {
  const resource = path.split("/")[1];
  const key = { vendors: "vendor", metrics: "metric", evidence: "evidence", evaluations: "evaluation", bids: "bid", tokens: "token" }[resource] as keyof typeof byId | undefined;
  return key ? byId[key] : "The record's id";
}

import "server-only";
import { z } from "zod";
import { ApiErrorResponseSchema, listResponseOf } from "@/lib/schemas/api-envelope";
import { AuditEventResponseSchema } from "@/lib/schemas/audit-event-response";
import { ApiTokenCreatedResponseSchema, ApiTokenResponseSchema, SignInTokenResponseSchema } from "@/lib/schemas/api-token-response";
import {
  BidRemovalResponseSchema,
  BidResponseSchema,
  EvaluationListItemResponseSchema,
  EvaluationResponseSchema,
  EvaluationResultsResponseSchema,
} from "@/lib/schemas/evaluation-response";
import { ComplianceEvidenceResponseSchema, MetricObservationResponseSchema, StaffCertificationsResponseSchema } from "@/lib/schemas/registry-response";
import { ImportReportSchema } from "@/lib/schemas/csv-import";
import { TcoResultSchema } from "@/lib/schemas/tco-result";
import { VendorRemovalResponseSchema, VendorResponseSchema } from "@/lib/schemas/vendor-response";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/server/permissions";
import { SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { API_OPERATIONS, idDescription, REQUEST_SCHEMAS, type ApiOperation, type ResponseName } from "@/lib/server/api/openapi/operations";
import { workedExampleShell } from "@/lib/server/api/openapi/worked-example";

// GET /api/v1/openapi.json: generated from the zod schemas the handlers parse requests with
// and the response schemas their JSON mappers are typed by, so the document cannot drift
// from the code. z.toJSONSchema writes JSON Schema 2020-12, the dialect of OpenAPI 3.1.

const RESPONSE_SCHEMAS: Record<ResponseName, z.ZodType> = {
  SignInToken: SignInTokenResponseSchema,
  Vendor: VendorResponseSchema,
  VendorList: listResponseOf(VendorResponseSchema),
  VendorRemoval: VendorRemovalResponseSchema,
  MetricObservation: MetricObservationResponseSchema,
  MetricObservationList: listResponseOf(MetricObservationResponseSchema),
  ComplianceEvidence: ComplianceEvidenceResponseSchema,
  ComplianceEvidenceList: listResponseOf(ComplianceEvidenceResponseSchema),
  StaffCertifications: StaffCertificationsResponseSchema,
  Evaluation: EvaluationResponseSchema,
  EvaluationList: listResponseOf(EvaluationListItemResponseSchema),
  EvaluationResults: EvaluationResultsResponseSchema,
  Bid: BidResponseSchema,
  BidList: listResponseOf(BidResponseSchema),
  BidRemoval: BidRemovalResponseSchema,
  TcoResult: TcoResultSchema,
  ApiTokenList: listResponseOf(ApiTokenResponseSchema),
  ApiTokenCreated: ApiTokenCreatedResponseSchema,
  ImportReport: ImportReportSchema,
  AuditEventList: listResponseOf(AuditEventResponseSchema),
  OpenApiDocument: z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
};

const ROLES: Role[] = ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"];
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: `fields` names each field and what is wrong",
  401: "No valid session or bearer token",
  403: "The role may not do this, or a cookie-signed change came from another origin",
  404: "Not found in the caller's organisation (another organisation's id is 404 too)",
  409: "A stale `version` (`currentVersion` says the record's version now) or a duplicate",
  413: "The body is larger than allowed",
  415: "The body is not of the type the operation takes",
  422: "A change the data does not allow, e.g. a write to a decided evaluation",
  429: "Too many attempts; Retry-After says when to try again",
  500: "Unexpected error; quote `requestId`",
};

type JsonSchema = Record<string, unknown>;

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // Refinements and transforms have no JSON Schema; the document shows their input or output side.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** Roles the access rule lets in, for the operation's description. */
function whoMay(operation: ApiOperation): string {
  if (operation.access === "public") return "No sign-in needed.";
  if (operation.access === "signed-in") return "Any signed-in role.";
  const permission = operation.access;
  const roles = ROLES.filter((role) => can(role, permission));
  return `Roles: ${roles.join(", ")} (permission \`${permission}\`).`;
}

function errorStatuses(operation: ApiOperation): number[] {
  const statuses = new Set<number>(operation.errors ?? []);
  const hasId = operation.path.includes("{id}");
  if (operation.body || operation.query || operation.versionQuery || hasId) statuses.add(400);
  if (operation.access !== "public") [401, 403].forEach((status) => statuses.add(status));
  if (hasId) statuses.add(404);
  if (operation.body || operation.csvBody) statuses.add(413);
  statuses.add(500);
  return [...statuses].sort();
}

function parametersOf(operation: ApiOperation): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  if (operation.path.includes("{id}")) parameters.push({ name: "id", in: "path", required: true, description: idDescription(operation.path), schema: { type: "string" } });
  for (const [name, field] of Object.entries(operation.query?.shape ?? {})) {
    const schema = jsonSchemaOf(field as z.ZodType, "input");
    const { description, ...rest } = schema;
    parameters.push({ name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, ...(description ? { description } : {}), schema: rest });
  }
  if (operation.versionQuery) {
    parameters.push({
      name: "version",
      in: "query",
      required: operation.versionQuery === "required",
      description: "The version you read; a stale one gets 409",
      schema: { type: "integer", minimum: 1 },
    });
  }
  return parameters;
}

function requestBodyOf(operation: ApiOperation): JsonSchema | undefined {
  if (operation.csvBody) return { required: true, content: { "text/csv": { schema: { type: "string", description: "The CSV file, UTF-8, header row first" } } } };
  if (!operation.body) return undefined;
  return { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${operation.body}` } } } };
}

function responsesOf(operation: ApiOperation): JsonSchema {
  const { status, description, schema } = operation.success;
  const responses: JsonSchema = {
    [status]: { description, ...(schema ? { content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } } } : {}) },
  };
  for (const error of errorStatuses(operation)) {
    const schema = operation.errorBodies?.[error] ?? "Error";
    responses[error] = { description: ERROR_DESCRIPTIONS[error] ?? "Error", content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } } };
  }
  return responses;
}

function requestComponents(): Record<string, JsonSchema> {
  const partial = new Set(API_OPERATIONS.filter((operation) => operation.partialBody).map((operation) => operation.body));
  return Object.fromEntries(
    Object.entries(REQUEST_SCHEMAS).map(([name, schema]) => {
      const json = jsonSchemaOf(schema, "input");
      // A PATCH laid over the stored record: only `version` is required.
      return [name, partial.has(name as keyof typeof REQUEST_SCHEMAS) ? { ...json, required: ["version"] } : json];
    }),
  );
}

const DESCRIPTION = `Everything a person can do in the browser, a program can do here, with the same validation,
permissions and audit trail. Send a bearer token (\`POST /auth/token\`, or a named token an admin
creates) as \`Authorization: Bearer <token>\`; a browser session cookie works too, for changes only
from the app's own pages. Every call is scoped to the caller's organisation.

Rates are fractions (0.95 = 95 %), money is USD, dates are ISO 8601. Changes carry the record's
\`version\`: a stale one gets 409. Lists answer \`{ "data": [...], "nextCursor": string | null }\`.
Errors answer \`{ "error": { "code", "message", "fields"? } }\`.

## Worked example

\`\`\`sh
${workedExampleShell()}
\`\`\``;

/** The OpenAPI 3.1 document of /api/v1. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path][operation.method] = {
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      description: [operation.description, whoMay(operation)].filter(Boolean).join("\n\n"),
      ...(operation.access === "public" ? { security: [] } : {}),
      ...(parametersOf(operation).length > 0 ? { parameters: parametersOf(operation) } : {}),
      ...(requestBodyOf(operation) ? { requestBody: requestBodyOf(operation) } : {}),
      responses: responsesOf(operation),
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "BPO Evaluator API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: [...new Set(API_OPERATIONS.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A token from POST /auth/token or a named API token" },
        sessionCookie: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "The browser session (changes only from the app's own origin)" },
      },
      schemas: {
        Error: jsonSchemaOf(ApiErrorResponseSchema, "output"),
        ...requestComponents(),
        ...Object.fromEntries(Object.entries(RESPONSE_SCHEMAS).map(([name, schema]) => [name, jsonSchemaOf(schema, "output")])),
      } as Record<string, JsonSchema>,
    },
  };
}
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

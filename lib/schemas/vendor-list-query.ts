import { z } from "zod";
import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { COMPLIANCE_STATES } from "@/lib/scoring/compliance-state";
import { PageQuerySchema } from "@/lib/schemas/api-envelope";
import { singleLine } from "@/lib/schemas/text";

// Each parameter strictly; the page's reading below falls back to a default instead.
const strict = {
  q: singleLine(z.string().trim().max(100, "Search for at most 100 characters.")).optional(),
  model: z.enum(OperatingModel, { error: `Expected one of ${Object.values(OperatingModel).join(", ")}` }).optional(),
  fn: z.enum(HealthcareFunction, { error: `Expected one of ${Object.values(HealthcareFunction).join(", ")}` }).optional(),
  ai: z.enum(AiUse, { error: `Expected one of ${Object.values(AiUse).join(", ")}` }).optional(),
  compliance: z.enum(COMPLIANCE_STATES, { error: `Expected one of ${COMPLIANCE_STATES.join(", ")}` }).optional(),
  /** "1": archived vendors are listed too (marked); otherwise only active ones. */
  archived: z.enum(["0", "1"], { error: "Expected 0 or 1" }).default("0").transform((value) => value === "1"),
  sort: z.enum(["name", "model", "updated", "fte"], { error: "Expected one of name, model, updated, fte" }).default("name"),
  dir: z.enum(["asc", "desc"], { error: "Expected asc or desc" }).default("asc"),
  page: z.coerce.number({ error: "Expected a page number" }).int("Expected a whole number").min(1, "Must be at least 1").max(10_000, "Must be at most 10000").default(1),
};

/** The vendor list's URL state (?q=&model=&fn=&ai=&compliance=&archived=&sort=&dir=&page=); bad values fall back to defaults. */
export const VendorListQuerySchema = z.object({
  q: strict.q.catch(undefined),
  model: strict.model.catch(undefined),
  fn: strict.fn.catch(undefined),
  ai: strict.ai.catch(undefined),
  compliance: strict.compliance.catch(undefined),
  archived: strict.archived.catch(false),
  sort: strict.sort.catch("name"),
  dir: strict.dir.catch("asc"),
  page: strict.page.catch(1),
});
export type VendorListQuery = z.infer<typeof VendorListQuerySchema>;

/**
 * GET /api/v1/vendors: the same filters under the API's names, read strictly (a bad one is a
 * 400 that names it), with keyset pages (?limit=&cursor=) instead of page numbers.
 */
export const VendorListApiQuerySchema = z.object({
  q: strict.q,
  operatingModel: strict.model,
  function: strict.fn,
  aiUse: strict.ai,
  complianceState: strict.compliance,
  archived: z.enum(["true", "false", "1", "0"], { error: "Expected true or false" }).default("false").transform((value) => value === "true" || value === "1").describe("true: archived vendors are listed too"),
  sort: strict.sort,
  dir: strict.dir,
  ...PageQuerySchema.shape,
});
export type VendorListApiQuery = z.infer<typeof VendorListApiQuerySchema>;

/** The API's query as the list's filter (vendorListWhere). */
export function vendorListFilterOf(query: VendorListApiQuery): VendorListQuery {
  return { q: query.q, model: query.operatingModel, fn: query.function, ai: query.aiUse, compliance: query.complianceState, archived: query.archived, sort: query.sort, dir: query.dir, page: 1 };
}

/** Next's searchParams (a value may be a string array; an empty value means "not set"). */
function firstValues(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return {
    q: first(params.q),
    model: first(params.model),
    fn: first(params.fn),
    ai: first(params.ai),
    compliance: first(params.compliance),
    archived: first(params.archived),
    sort: first(params.sort),
    dir: first(params.dir),
    page: first(params.page),
  };
}

/** Reads Next's searchParams into the list query. */
export function parseVendorListQuery(params: Record<string, string | string[] | undefined>): VendorListQuery {
  return VendorListQuerySchema.parse(firstValues(params));
}

/** The API's reading of its parameters (the first of repeated values; empty = not set): the parse result, errors included. */
export function safeParseVendorListApiQuery(params: URLSearchParams) {
  const values = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key) || undefined]));
  return VendorListApiQuerySchema.safeParse(values);
}

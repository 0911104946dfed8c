import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAsAppDb } from "@/tests/setup/app-db";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { discoverEntryPoints } from "@/tests/setup/app-entry-points";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";
import { createWorld, type World } from "./audit-coverage/world";
import { AUTHORIZATION_MATRIX } from "./authorization/matrix";
import { createRecords, paramsFor, routeModule, type Records } from "./authorization/probes";

// Hostile input is input (issue 11, point 9): every /api/v1 operation, found in the source tree,
// gets generated invalid requests — bodies of the wrong shape, its own fields filled with the
// wrong types and with NUL and other control characters, broken JSON, hostile path parameters
// and query values — and every answer must be a 4xx JSON error that names what was wrong.

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

/** Runs per operation and kind of attack: about 40 operations × 3 kinds × 30 = 3,600 requests. */
const RUNS = 30;

let testDb: TestDb;
let world: World;
let records: Records;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  world = await createWorld(testDb.db);
  records = await createRecords(world);
});
afterAll(async () => testDb?.close());

const operations = (await discoverEntryPoints()).filter((key) => / \/api\/v1\//.test(key));
/** Operations that take no input at all: nothing to send them but their URL. */
const WITHOUT_INPUT = ["GET /api/v1/openapi.json", "GET /api/v1/tokens"];

/** The query parameters an operation reads (GET lists and results); a hostile value for any is a 400. */
const QUERY_PARAMETERS: Record<string, string[]> = {
  "GET /api/v1/vendors": ["q", "operatingModel", "function", "aiUse", "complianceState", "archived", "sort", "dir", "limit", "cursor"],
  "GET /api/v1/evaluations": ["q", "status", "sort", "dir", "limit", "cursor"],
  "GET /api/v1/evaluations/[id]/results": ["monteCarlo"],
  "GET /api/v1/audit-events": ["actor", "recordType", "recordId", "from", "to", "limit", "cursor"],
};

const CONTROL = fc.constantFrom(..."\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f".split(""));
/** A string with at least one control character that no text field allows (tab and newline excepted). */
const hostileString = fc.tuple(fc.string({ maxLength: 20 }), CONTROL, fc.string({ maxLength: 20 })).map(([a, c, b]) => a + c + b);
/** Anything JSON can carry, hostile strings included. */
const hostileValue = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 1e308, -0.5, 2 ** 53 + 1, "", " ", "NaN", "1e999", [], {}));

interface Answer {
  status: number;
  contentType: string | null;
  body: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } } | null;
}

async function send(key: string, options: { path?: Record<string, string>; query?: Record<string, string>; body?: unknown; rawBody?: string }): Promise<Answer> {
  const [method, pattern] = key.split(" ");
  const route = (await import(/* @vite-ignore */ routeModule(pattern))) as Record<string, (request: unknown, context: unknown) => Promise<Response>>;
  const params = options.path ?? paramsFor(pattern, records);
  const url = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name])) + (options.query ? `?${new URLSearchParams(options.query)}` : "");
  // The role the door admits (the matrix names it), so the request gets past authorization.
  const role = AUTHORIZATION_MATRIX[key].otherOrganization.role;
  const withBody = method !== "GET" && method !== "DELETE";
  const request = apiRequest(url, { method, token: world.users[role].token, ...(withBody ? (options.rawBody !== undefined ? { rawBody: options.rawBody } : { body: options.body ?? {} }) : {}) });
  const response = await route[method](request, routeParams(params));
  return { status: response.status, contentType: response.headers.get("content-type"), body: await response.json().catch(() => null) };
}

/** A 4xx JSON error with a code and a message; a validation failure names the fields to blame. */
function expectNamedRefusal(answer: Answer, what: string) {
  const detail = `${what} → ${answer.status} ${JSON.stringify(answer.body)}`;
  expect(answer.status, detail).toBeGreaterThanOrEqual(400);
  expect(answer.status, detail).toBeLessThan(500);
  expect(answer.contentType, detail).toContain("application/json");
  expect(answer.body?.error?.code, detail).toEqual(expect.any(String));
  expect(answer.body?.error?.message, detail).toEqual(expect.stringMatching(/\S/));
  if (answer.body?.error?.code === "validation_failed") expect(Object.keys(answer.body.error.fields ?? {}), detail).not.toHaveLength(0);
}

/** The body fields an operation asks for: what it names when sent an empty object. */
async function fieldsOf(key: string): Promise<string[]> {
  const answer = await send(key, { body: {} });
  return [...new Set(Object.keys(answer.body?.error?.fields ?? {}).map((path) => path.split(".")[0]))].filter(Boolean);
}

describe("every /api/v1 operation refuses hostile input with a 4xx that names what was wrong", () => {
  it("finds the operations; every one but those without input is attacked below", () => {
    expect(operations.length).toBeGreaterThan(30);
    const inputless = operations.filter((key) => key.startsWith("GET ") && !key.includes("[") && !(key in QUERY_PARAMETERS));
    expect(inputless, "A GET operation with query parameters belongs in QUERY_PARAMETERS").toEqual(WITHOUT_INPUT);
  });

  describe.each(operations.filter((key) => !WITHOUT_INPUT.includes(key)))("%s", (key) => {
    const [method, pattern] = key.split(" ");
    const pathNames = [...pattern.matchAll(/\[(\w+)\]/g)].map((match) => match[1]);

    if (method !== "GET" && method !== "DELETE")
      it("bodies of the wrong shape, its fields with wrong types and control characters, and broken JSON", async () => {
      const fields = await fieldsOf(key);
      const ownFieldsHostile = fc
        .tuple(fc.dictionary(fc.constantFrom(...(fields.length > 0 ? fields : ["name"])), hostileValue), fc.constantFrom(...(fields.length > 0 ? fields : ["name"])), hostileString)
        .map(([object, field, poison]) => ({ body: { ...object, [field]: poison } as unknown }));
      const wrongShape = fc.oneof(fc.jsonValue({ maxDepth: 1 }).filter((value) => value === null || typeof value !== "object"), fc.array(hostileValue, { maxLength: 3 })).map((body) => ({ body }));
      const brokenJson = fc.oneof(fc.constantFrom("{", "[1,", '{"a":}', "nul", "{'a':1}", ""), hostileString.map((s) => `{"${s}`)).map((rawBody) => ({ rawBody }));
      await fc.assert(
        fc.asyncProperty(fc.oneof(ownFieldsHostile, wrongShape, brokenJson), async (attack) => {
          expectNamedRefusal(await send(key, attack), `${key} ${JSON.stringify(attack)}`);
        }),
        { numRuns: RUNS * 3 },
      );
    });

    if (pathNames.length > 0)
      it("path parameters with control characters", async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...pathNames), hostileString, async (name, value) => {
          const path = { ...paramsFor(pattern, records), [name]: value };
          const answer = await send(key, { path, body: {} });
          expectNamedRefusal(answer, `${key} ${name}=${JSON.stringify(value)}`);
          expect(answer.status).toBe(400);
          expect(answer.body?.error?.fields).toHaveProperty(name);
        }),
        { numRuns: RUNS },
      );
    });

    if (key in QUERY_PARAMETERS)
      it("query values with control characters", async () => {
      const names = QUERY_PARAMETERS[key] ?? [];
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), hostileString, { minKeys: 1 }), async (query) => {
          const answer = await send(key, { query });
          expectNamedRefusal(answer, `${key} ?${JSON.stringify(query)}`);
          expect(answer.status).toBe(400);
          expect(Object.keys(answer.body?.error?.fields ?? {}).some((field) => field in query)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  });
});

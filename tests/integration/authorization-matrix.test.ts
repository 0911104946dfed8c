import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { createSession } from "@/lib/server/auth/sessions";
import { runWithRequestContext } from "@/lib/server/request-context";
import { createUser } from "@/prisma/demo/builders/user";
import { useAsAppDb } from "@/tests/setup/app-db";
import { discoverEntryPoints } from "@/tests/setup/app-entry-points";
import { actAs } from "@/tests/setup/next-request-context";
import { createTestDb, type TestDb } from "@/tests/setup/test-db";
import { accountScenarios } from "./audit-coverage/account-scenarios";
import { administrationScenarios } from "./audit-coverage/administration-scenarios";
import { evaluationPageScenarios } from "./audit-coverage/evaluation-page-scenarios";
import { evaluationScenarios } from "./audit-coverage/evaluation-scenarios";
import { vendorScenarios } from "./audit-coverage/vendor-scenarios";
import { createWorld, type Scenario, type World } from "./audit-coverage/world";
import { AUTHORIZATION_MATRIX, ROLES, type Expected, type MatrixRow } from "./authorization/matrix";
import { OWN_ACCOUNT_PROBES, callGet, callPage, createRecords, type ProbeCaller, type Records } from "./authorization/probes";

// Every door of the app is locked as the matrix says: each page, route handler method and
// server action, found in the source tree, is tried by every role, a signed-out caller and a
// user of another organisation, and answers what tests/integration/authorization/matrix.ts
// declares: allowed cells succeed, forbidden ones are refused with 401, 403 or 404.

vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const scenarios: Record<string, Scenario> = { ...accountScenarios, ...administrationScenarios, ...vendorScenarios, ...evaluationScenarios, ...evaluationPageScenarios };

let testDb: TestDb;
let world: World;
let records: Records;
const others = {} as Record<Role, { id: string; organizationId: string }>;

beforeAll(async () => {
  testDb = await createTestDb();
  useAsAppDb(testDb);
  world = await createWorld(testDb.db);
  records = await createRecords(world);
  for (const role of ROLES) others[role] = await createUser(testDb.db, { organizationId: world.otherOrganizationId, role });
});
afterAll(async () => testDb?.close());

type Kind = "page" | "route" | "action";
const kindOf = (key: string): Kind => (key.startsWith("page ") ? "page" : key.startsWith("action ") ? "action" : "route");

/** What the door did, in the matrix's words; anything else is described for the failure message. */
function classify(kind: Kind, outcome: { value?: unknown; error?: unknown }): Expected | string {
  if ("error" in outcome) {
    const digest = (outcome.error as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      const target = digest.split(";")[2];
      if (kind !== "page") return "allowed";
      return target === "/sign-in" ? "sign-in" : target === "/" ? "home" : `redirected to ${target}`;
    }
    if (typeof digest === "string" && digest === "NEXT_HTTP_ERROR_FALLBACK;404") return 404;
    return `threw ${(outcome.error as Error)?.message}`;
  }
  const value = outcome.value;
  if (value instanceof Response) {
    if (value.status < 300) return "allowed";
    if ([401, 403, 404, 409, 422].includes(value.status)) return value.status as 401 | 403 | 404 | 409 | 422;
    return `HTTP ${value.status}`;
  }
  if (kind === "page") return "allowed";
  const reply = value as { ok?: boolean; status?: string; error?: Record<string, unknown> } | undefined;
  const refused = reply?.ok === false || reply?.status === "error" || (reply?.error !== undefined && reply.error !== null && Object.keys(reply.error).length > 0);
  if (!refused) return "allowed";
  const text = JSON.stringify(reply);
  if (text.includes("Your session has ended")) return 401;
  if (text.includes("Your role does not allow")) return 403;
  if (/not found/i.test(text)) return 404;
  if (text.includes("Someone else changed")) return 409;
  return `refused: ${text}`;
}

let requestNumber = 0;

/** Knocks on `key` as `caller` (a user with a fresh session cookie and bearer token, or nobody). */
async function knock(key: string, caller: ProbeCaller | null): Promise<Expected | string> {
  const kind = kindOf(key);
  const credentials = caller ? await credentialsOf(caller) : null;
  actAs(credentials?.session ?? null);
  const [method, pattern] = key.split(" ");
  let call: () => Promise<unknown>;
  if (key in OWN_ACCOUNT_PROBES) call = await OWN_ACCOUNT_PROBES[key](world, caller);
  else if (kind === "page") call = () => callPage(pattern, records);
  else if (method === "GET") call = () => callGet(pattern, records, credentials?.token ?? null);
  else {
    const scenario = scenarios[key];
    if (!scenario || !("prepare" in scenario)) throw new Error(`No probe for ${key}: add one to tests/integration/authorization/probes.ts`);
    const prepared = await scenario.prepare(world);
    call = () => prepared.call(credentials?.token ?? "");
  }
  try {
    const value = await runWithRequestContext({ requestId: `authorization-matrix-${++requestNumber}` }, call);
    return classify(kind, { value });
  } catch (error) {
    return classify(kind, { error });
  }
}

async function credentialsOf(caller: ProbeCaller) {
  const user = await testDb.db.user.findUniqueOrThrow({ where: { id: caller.userId } });
  // A signed-out previous probe (sign out everywhere) must not sign out the next one.
  return { session: (await createSession(testDb.db, user.id, null)).token, token: (await issueApiToken(testDb.db, user, "matrix")).token };
}

/** Every cell of a row, tried: role by role, then signed out, then another organisation. */
async function tryRow(key: string, row: MatrixRow) {
  const got: Record<string, Expected | string> = {};
  for (const role of ROLES) got[role] = await knock(key, { userId: world.users[role].id, role });
  got.anonymous = await knock(key, null);
  got[`other organisation's ${row.otherOrganization.role}`] = await knock(key, { userId: others[row.otherOrganization.role].id, role: row.otherOrganization.role });
  return got;
}

describe("the authorization matrix", () => {
  it("names every page, route handler method and server action of the app, and nothing else", async () => {
    const found = await discoverEntryPoints();
    expect(found.filter((key) => !(key in AUTHORIZATION_MATRIX)), "Doors missing from tests/integration/authorization/matrix.ts").toEqual([]);
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((key) => !found.includes(key)), "Rows for doors that no longer exist").toEqual([]);
  });

  it.each(Object.entries(AUTHORIZATION_MATRIX))("%s: every cell answers as declared", async (key, row) => {
    const expected = { ...row.roles, anonymous: row.anonymous, [`other organisation's ${row.otherOrganization.role}`]: row.otherOrganization.expected };
    expect(await tryRow(key, row)).toEqual(expected);
  });
});

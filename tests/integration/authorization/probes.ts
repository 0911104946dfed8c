// How the authorization-matrix test knocks on each door. Writes reuse the audit-coverage
// scenarios (each prepares fresh rows in the world's organisation and a valid request); reads,
// pages and the few writes those scenarios do not run are probed here.
import { existsSync } from "node:fs";
import path from "node:path";
import { changePasswordAction, endSessionAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { signOut } from "@/app/sign-in/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { hashPassword } from "@/lib/server/auth/password";
import { createSession } from "@/lib/server/auth/sessions";
import { createBid } from "@/prisma/demo/builders/bid";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createEvaluation } from "@/prisma/demo/builders/evaluation";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { formData } from "@/tests/setup/form-data";
import type { World } from "../audit-coverage/world";

/** The rows every read probe looks at, in the world's organisation. */
export interface Records {
  vendorId: string;
  observationId: string;
  evidenceId: string;
  evaluationId: string;
  bidId: string;
  tokenId: string;
}

export async function createRecords(world: World): Promise<Records> {
  const organizationId = world.organizationId;
  const vendor = await createVendor(world.db, { organizationId });
  const observation = await createMetricObservation(world.db, { organizationId, vendorId: vendor.id, metric: "DENIAL_RATE", value: "0.08", asOf: new Date("2026-03-31"), source: "CLIENT_MEASURED" });
  const evidence = await createComplianceEvidence(world.db, { organizationId, vendorId: vendor.id, item: "SOC2_TYPE_II", level: "VERIFIED" });
  await createComplianceEvidence(world.db, { organizationId, vendorId: vendor.id, item: "HIPAA_BAA", level: "DOCUMENTED" });
  const evaluation = await createEvaluation(world.db, { organizationId, status: "OPEN", functions: [{ function: "MEDICAL_CODING" }] });
  const bid = await createBid(world.db, { organizationId, evaluationId: evaluation.id, vendorId: vendor.id, lines: [{ evaluationFunctionId: evaluation.functions[0].id }] });
  const token = await issueApiToken(world.db, { id: world.users.ADMIN.id, organizationId }, "probe");
  return { vendorId: vendor.id, observationId: observation.id, evidenceId: evidence.id, evaluationId: evaluation.id, bidId: bid.id, tokenId: token.id };
}

/** `/vendors/[id]/evidence/[evidenceId]` → its parameters, from the segment each one follows. */
export function paramsFor(pattern: string, records: Records): Record<string, string> {
  const params: Record<string, string> = {};
  const segments = pattern.split("/");
  segments.forEach((segment, i) => {
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    if (!name) return;
    const owner = segments[i - 1];
    const value =
      name === "kind" ? "vendors" // a CSV template: vendors or metrics
      : name === "file" ? "initializer.js" // an asset of the API reference page
      : name === "evidenceId" || owner === "evidence" ? records.evidenceId
      : name === "observationId" || owner === "metrics" ? records.observationId
      : name === "bidId" || owner === "bids" ? records.bidId
      : owner === "evaluations" ? records.evaluationId
      : owner === "vendors" ? records.vendorId
      : owner === "tokens" ? records.tokenId
      : undefined;
    if (!value) throw new Error(`No record for ${segment} in ${pattern}`);
    params[name] = value;
  });
  return params;
}

const fill = (pattern: string, params: Record<string, string>) => pattern.replace(/\[(\w+)\]/g, (_, name: string) => params[name]);
const appFile = (...parts: string[]) => path.join(process.cwd(), "app", ...parts);

/** Where a door's module is: route groups are not in the URL, so try the (app) group, then none. */
function moduleOf(pattern: string, file: string): string {
  const parts = pattern.split("/").filter(Boolean);
  const candidates = [appFile("(app)", ...parts, file), appFile(...parts, file)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No module for ${pattern}: tried ${candidates.join(", ")}`);
  return found;
}

const pageModule = (pattern: string) => moduleOf(pattern, "page.tsx");
export const routeModule = (pattern: string) => moduleOf(pattern, "route.ts");

/** Calls the page's server component as Next would; what it returns or throws is the outcome. */
export async function callPage(pattern: string, records: Records): Promise<unknown> {
  const page = (await import(/* @vite-ignore */ pageModule(pattern))) as { default: (props: unknown) => Promise<unknown> };
  return page.default({ params: Promise.resolve(paramsFor(pattern, records)), searchParams: Promise.resolve({}) });
}

/** Calls a GET route handler with the caller's bearer token (none when signed out). */
export async function callGet(pattern: string, records: Records, token: string | null): Promise<Response> {
  const route = (await import(/* @vite-ignore */ routeModule(pattern))) as { GET: (request: unknown, context: unknown) => Promise<Response> };
  const params = paramsFor(pattern, records);
  return route.GET(apiRequest(fill(pattern, params), { token: token ?? undefined }), routeParams(params));
}

/** The caller as the probes see it: their user id and role (null when signed out). */
export interface ProbeCaller {
  userId: string;
  role: Role;
}

/** Writes the audit scenarios cannot run for every caller: they act on the caller's own account. */
export const OWN_ACCOUNT_PROBES: Record<string, (world: World, caller: ProbeCaller | null) => Promise<() => Promise<unknown>>> = {
  "action app/sign-in/actions.ts#signOut": async () => () => signOut(),
  "action app/(app)/account/actions.ts#changePasswordAction": async (world, caller) => {
    // The caller's password is the builders' default before every call.
    if (caller) await world.db.user.update({ where: { id: caller.userId }, data: { passwordHash: await hashPassword(DEFAULT_TEST_PASSWORD) } });
    return () => changePasswordAction(undefined, formData({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "tangerine lighthouse gravel", confirmPassword: "tangerine lighthouse gravel" }));
  },
  "action app/(app)/account/actions.ts#endSessionAction": async (world, caller) => {
    // Another session of this organisation's user with the caller's role: the caller's own one
    // when the caller is that user, someone else's for a user of another organisation.
    const owner = world.users[caller?.role ?? "ANALYST"].id;
    await createSession(world.db, owner, "probe");
    const session = await world.db.session.findFirstOrThrow({ where: { userId: owner, userAgent: "probe" }, orderBy: { createdAt: "desc" } });
    return () => endSessionAction(session.id, {});
  },
  "action app/(app)/account/actions.ts#signOutEverywhereAction": async () => () => signOutEverywhereAction({}),
};

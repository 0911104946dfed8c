// The authorization matrix: every page, route handler method and server action of the app, and
// what each role, a signed-out caller and a user of another organisation get there. It is
// written out by hand from PRODUCT.md's roles, not derived from lib/server/permissions.ts, so
// the test (tests/integration/authorization-matrix.test.ts) checks the code against intent.
// A door missing here fails that test.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "ANALYST", "PROCUREMENT", "EXECUTIVE"] as const satisfies readonly Role[];

/**
 * What a caller gets: "allowed" (it works: 2xx, the page renders, the action succeeds or
 * redirects onward), "sign-in" (a page sends them to sign in), "home" (the sign-in page sends a
 * signed-in user home), or the refusal: 401 (not signed in), 403 (the role may not), 404 (not
 * found: another organisation's record, or a page the role may not open, which is not advertised),
 * 409 (the version sent is of this organisation's row, not of the caller's own),
 * 422 (an import whose rows name records the caller's organisation does not have).
 * Server actions answer in words; the test reads "Your session has ended" as 401, "Your role
 * does not allow" as 403 and "not found" as 404.
 */
export type Expected = "allowed" | "sign-in" | "home" | 401 | 403 | 404 | 409 | 422;

export interface MatrixRow {
  roles: Record<Role, Expected>;
  anonymous: Expected;
  /**
   * A user of another organisation with `role` (one the door admits, so that only the
   * organisation differs), acting on this organisation's record where the door names one.
   */
  otherOrganization: { role: Role; expected: Expected };
}

type Roles = readonly Role[];
const EVERY_ROLE: Roles = ROLES;
const VENDOR_EDITORS: Roles = ["ADMIN", "ANALYST"];
const EVALUATION_EDITORS: Roles = ["ADMIN", "PROCUREMENT"];
const REVIEWERS: Roles = ["EXECUTIVE"];
const AUDIT_READERS: Roles = ["ADMIN", "EXECUTIVE"];
const ADMINS: Roles = ["ADMIN"];

function row(allowed: Roles, refused: Expected, anonymous: Expected, otherOrganization: Expected): MatrixRow {
  const roles = Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? "allowed" : refused])) as Record<Role, Expected>;
  return { roles, anonymous, otherOrganization: { role: allowed[0], expected: otherOrganization } };
}

/** A page: other roles get 404, a signed-out visitor goes to sign-in. `record`: it shows one record, so another organisation gets 404. */
const page = (allowed: Roles, scope: "record" | "own") => row(allowed, 404, "sign-in", scope === "record" ? 404 : "allowed");
/** A route handler: other roles 403, signed out 401; another organisation's record 404. */
const api = (allowed: Roles, scope: "record" | "own") => row(allowed, 403, 401, scope === "record" ? 404 : "allowed");
/** A server action answers like the API, in words. */
const action = api;
/** Used signed out (sign-in, the token endpoint): anyone may try. */
const open: MatrixRow = row(EVERY_ROLE, "allowed", "allowed", "allowed");

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  // Pages
  "page /": page(EVERY_ROLE, "own"),
  "page /sign-in": { ...row(EVERY_ROLE, "home", "allowed", "home"), roles: { ADMIN: "home", ANALYST: "home", PROCUREMENT: "home", EXECUTIVE: "home" } },
  "page /account": page(EVERY_ROLE, "own"),
  "page /account/password": page(EVERY_ROLE, "own"),
  "page /audit": page(AUDIT_READERS, "own"),
  "page /methodology": page(EVERY_ROLE, "own"),
  "page /settings": page(ADMINS, "own"),
  "page /settings/matrix": page(ADMINS, "own"),
  "page /settings/defaults": page(ADMINS, "own"),
  "page /settings/tokens": page(ADMINS, "own"),
  "page /vendors": page(EVERY_ROLE, "own"),
  "page /vendors/new": page(VENDOR_EDITORS, "own"),
  "page /vendors/import": page(VENDOR_EDITORS, "own"),
  "page /vendors/[id]": page(EVERY_ROLE, "record"),
  "page /vendors/[id]/edit": page(VENDOR_EDITORS, "record"),
  "page /vendors/[id]/certifications": page(VENDOR_EDITORS, "record"),
  "page /vendors/[id]/evidence/new": page(VENDOR_EDITORS, "record"),
  "page /vendors/[id]/evidence/[evidenceId]": page(VENDOR_EDITORS, "record"),
  "page /vendors/[id]/metrics/new": page(VENDOR_EDITORS, "record"),
  "page /vendors/[id]/metrics/[observationId]": page(VENDOR_EDITORS, "record"),
  "page /evaluations": page(EVERY_ROLE, "own"),
  "page /evaluations/new": page(EVALUATION_EDITORS, "own"),
  "page /evaluations/[id]": page(EVERY_ROLE, "record"),
  "page /evaluations/[id]/edit": page(EVALUATION_EDITORS, "record"),
  "page /evaluations/[id]/bids": page(EVERY_ROLE, "record"),
  "page /evaluations/[id]/bids/new": page(EVALUATION_EDITORS, "record"),
  "page /evaluations/[id]/bids/[bidId]/edit": page(EVALUATION_EDITORS, "record"),
  "page /evaluations/[id]/decision": page(EVERY_ROLE, "record"),
  "page /evaluations/[id]/report": page(EVERY_ROLE, "record"),
  "page /evaluations/[id]/tco": page(EVERY_ROLE, "record"),
  "page /api/docs": open,

  // Files served beside the pages (route handlers; a session cookie or a bearer token)
  "GET /vendors/export": api(EVERY_ROLE, "own"),
  "GET /vendors/observations/export": api(EVERY_ROLE, "own"),
  "GET /vendors/import/template/[kind]": api(EVERY_ROLE, "own"),
  "GET /api/docs/assets/[file]": open,
  "GET /audit/export": api(AUDIT_READERS, "own"),
  "GET /evaluations/[id]/comparison.csv": api(EVERY_ROLE, "record"),
  "GET /evaluations/[id]/report.pdf": api(EVERY_ROLE, "record"),

  // REST API
  "POST /api/v1/auth/token": open,
  "GET /api/v1/openapi.json": open,
  "GET /api/v1/audit-events": api(AUDIT_READERS, "own"),
  "POST /api/v1/imports/vendors": api(VENDOR_EDITORS, "own"),
  // Another organisation's rows name this organisation's vendor, which it does not have.
  "POST /api/v1/imports/metrics": { ...api(VENDOR_EDITORS, "own"), otherOrganization: { role: "ADMIN", expected: 422 } },
  "POST /api/v1/tco": api(EVERY_ROLE, "own"),
  "GET /api/v1/tokens": api(ADMINS, "own"),
  "POST /api/v1/tokens": api(ADMINS, "own"),
  "DELETE /api/v1/tokens/[id]": api(ADMINS, "record"),
  "GET /api/v1/vendors": api(EVERY_ROLE, "own"),
  "POST /api/v1/vendors": api(VENDOR_EDITORS, "own"),
  "GET /api/v1/vendors/[id]": api(EVERY_ROLE, "record"),
  "PATCH /api/v1/vendors/[id]": api(VENDOR_EDITORS, "record"),
  "DELETE /api/v1/vendors/[id]": api(VENDOR_EDITORS, "record"),
  "GET /api/v1/vendors/[id]/metrics": api(EVERY_ROLE, "record"),
  "POST /api/v1/vendors/[id]/metrics": api(VENDOR_EDITORS, "record"),
  "PATCH /api/v1/metrics/[id]": api(VENDOR_EDITORS, "record"),
  "DELETE /api/v1/metrics/[id]": api(VENDOR_EDITORS, "record"),
  "GET /api/v1/vendors/[id]/evidence": api(EVERY_ROLE, "record"),
  "POST /api/v1/vendors/[id]/evidence": api(VENDOR_EDITORS, "record"),
  "PATCH /api/v1/evidence/[id]": api(VENDOR_EDITORS, "record"),
  "DELETE /api/v1/evidence/[id]": api(VENDOR_EDITORS, "record"),
  "GET /api/v1/vendors/[id]/certifications": api(EVERY_ROLE, "record"),
  "PUT /api/v1/vendors/[id]/certifications": api(VENDOR_EDITORS, "record"),
  "GET /api/v1/evaluations": api(EVERY_ROLE, "own"),
  "POST /api/v1/evaluations": api(EVALUATION_EDITORS, "own"),
  "GET /api/v1/evaluations/[id]": api(EVERY_ROLE, "record"),
  "PATCH /api/v1/evaluations/[id]": api(EVALUATION_EDITORS, "record"),
  "POST /api/v1/evaluations/[id]/open": api(EVALUATION_EDITORS, "record"),
  "GET /api/v1/evaluations/[id]/results": api(EVERY_ROLE, "record"),
  "GET /api/v1/evaluations/[id]/bids": api(EVERY_ROLE, "record"),
  "POST /api/v1/evaluations/[id]/bids": api(EVALUATION_EDITORS, "record"),
  "GET /api/v1/bids/[id]": api(EVERY_ROLE, "record"),
  "PATCH /api/v1/bids/[id]": api(EVALUATION_EDITORS, "record"),
  "DELETE /api/v1/bids/[id]": api(EVALUATION_EDITORS, "record"),
  "POST /api/v1/evaluations/[id]/decision": api(EVALUATION_EDITORS, "record"),
  "POST /api/v1/evaluations/[id]/approval": api(REVIEWERS, "record"),
  "POST /api/v1/evaluations/[id]/reopen": api(EVALUATION_EDITORS, "record"),

  // Server actions
  "action app/sign-in/actions.ts#signIn": open,
  "action app/sign-in/actions.ts#signOut": open,
  "action app/(app)/account/actions.ts#changePasswordAction": action(EVERY_ROLE, "own"),
  "action app/(app)/account/actions.ts#endSessionAction": action(EVERY_ROLE, "record"),
  "action app/(app)/account/actions.ts#signOutEverywhereAction": action(EVERY_ROLE, "own"),
  "action app/(app)/settings/actions.ts#createUserAction": action(ADMINS, "own"),
  "action app/(app)/settings/actions.ts#changeUserRoleAction": action(ADMINS, "record"),
  "action app/(app)/settings/actions.ts#setUserActiveAction": action(ADMINS, "record"),
  // Each organisation has its own defaults: another one's admin, sending this organisation's version, changes only theirs, which is at another version.
  "action app/(app)/settings/defaults/actions.ts#saveOrganizationDefaultsAction": { ...action(ADMINS, "own"), otherOrganization: { role: "ADMIN", expected: 409 } },
  "action app/(app)/settings/defaults/actions.ts#resetOrganizationDefaultsAction": { ...action(ADMINS, "own"), otherOrganization: { role: "ADMIN", expected: 409 } },
  "action app/(app)/settings/matrix/actions.ts#setMatrixOverrideAction": action(ADMINS, "own"),
  "action app/(app)/settings/matrix/actions.ts#removeMatrixOverrideAction": action(ADMINS, "record"),
  "action app/(app)/settings/tokens/actions.ts#createApiTokenAction": action(ADMINS, "own"),
  "action app/(app)/settings/tokens/actions.ts#revokeApiTokenAction": action(ADMINS, "record"),
  "action app/(app)/vendors/new/actions.ts#createVendorAction": action(VENDOR_EDITORS, "own"),
  "action app/(app)/vendors/[id]/edit/actions.ts#updateVendorAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#archiveVendorAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#restoreVendorAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#removeVendorAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/metrics/actions.ts#addMetricObservationAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/metrics/actions.ts#correctMetricObservationAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/metrics/actions.ts#removeMetricObservationAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/evidence/actions.ts#addComplianceEvidenceAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/evidence/actions.ts#updateComplianceEvidenceAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/evidence/actions.ts#removeComplianceEvidenceAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/vendors/[id]/certifications/actions.ts#setStaffCertificationsAction": action(VENDOR_EDITORS, "record"),
  "action app/(app)/evaluations/new/actions.ts#createEvaluationAction": action(EVALUATION_EDITORS, "own"),
  "action app/(app)/evaluations/[id]/edit/actions.ts#updateEvaluationAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/actions.ts#saveEvaluationWeights": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/actions.ts#duplicateEvaluationAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/bids/actions.ts#createBidAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/bids/actions.ts#updateBidAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/bids/actions.ts#duplicateBidAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/bids/actions.ts#removeBidAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/decision/actions.ts#openEvaluationAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/decision/actions.ts#recordDecisionAction": action(EVALUATION_EDITORS, "record"),
  "action app/(app)/evaluations/[id]/decision/actions.ts#reviewDecisionAction": action(REVIEWERS, "record"),
  "action app/(app)/evaluations/[id]/decision/actions.ts#reopenEvaluationAction": action(EVALUATION_EDITORS, "record"),
};

// Audit scenarios for Settings (users, decision-matrix overrides, API tokens) and the account page.
import { changePasswordAction } from "@/app/(app)/account/actions";
import { changeUserRoleAction, createUserAction, setUserActiveAction } from "@/app/(app)/settings/actions";
import { resetOrganizationDefaultsAction, saveOrganizationDefaultsAction } from "@/app/(app)/settings/defaults/actions";
import { removeMatrixOverrideAction, setMatrixOverrideAction } from "@/app/(app)/settings/matrix/actions";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[id]/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { hashPassword } from "@/lib/server/auth/password";
import { newSecretToken } from "@/lib/server/auth/secret-token";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { nextSequence } from "@/prisma/demo/builders/sequence";
import { apiRequest, routeParams } from "@/tests/setup/api-request";
import { formData } from "@/tests/setup/form-data";
import { percentInputFromFraction } from "@/lib/format";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { TABLE_ASSUMPTIONS } from "@/lib/schemas/organization-defaults";
import { DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { ASSUMPTION_DEFAULTS } from "@/lib/tco/assumptions";
import type { Scenario, World } from "./world";

/** A named token of the world's organisation, made by its admin. */
async function namedToken(world: World) {
  const { tokenHash, token } = newSecretToken("bpo");
  return world.db.apiToken.create({
    data: { organizationId: world.organizationId, userId: world.users.ADMIN.id, name: `scenario ${nextSequence()}`, role: "ANALYST", tokenHash, prefix: token.slice(0, 8), expiresAt: new Date(Date.now() + 86_400_000) },
  });
}

const overrideReason = "Our schedulers triage clinical urgency on every call.";

/** The defaults form with MODEL.md's figures, one departure (with its source) and the organisation's current version. */
async function defaultsForm(world: World) {
  const { version } = await world.db.organization.findUniqueOrThrow({ where: { id: world.organizationId }, select: { version: true } });
  const fields: Record<string, string> = { version: String(version), claimHaircut: "25", "assumptions.departureCost.mode": "6500", "sources.departureCost": "HR exit-cost study, 2026" };
  for (const name of TABLE_ASSUMPTIONS) {
    if (name === "departureCost") continue;
    const value = ASSUMPTION_DEFAULTS[name].value;
    fields[`assumptions.${name}.mode`] = isFractionAssumption(name) ? percentInputFromFraction(value) : String(value);
  }
  for (const criterion of DEFAULT_CRITERIA) fields[`weights.${criterion.key}`] = String(criterion.weight);
  return formData(fields);
}

export const administrationScenarios: Record<string, Scenario> = {
  "action app/(app)/settings/defaults/actions.ts#saveOrganizationDefaultsAction": {
    caller: "ADMIN",
    event: { action: "update-organization-defaults", entityType: "Organization" },
    prepare: async (world) => {
      const form = await defaultsForm(world);
      return { call: () => saveOrganizationDefaultsAction(undefined, form) };
    },
  },
  "action app/(app)/settings/defaults/actions.ts#resetOrganizationDefaultsAction": {
    caller: "ADMIN",
    event: { action: "reset-organization-defaults", entityType: "Organization" },
    prepare: async (world) => {
      const { version } = await world.db.organization.findUniqueOrThrow({ where: { id: world.organizationId }, select: { version: true } });
      return { call: () => resetOrganizationDefaultsAction({ version }) };
    },
  },
  "action app/(app)/settings/actions.ts#createUserAction": {
    caller: "ADMIN",
    event: { action: "create-user", entityType: "User" },
    prepare: async () => ({ call: () => createUserAction(undefined, formData({ name: "New Colleague", email: `colleague-${nextSequence()}@scenario.example`, role: "ANALYST" })) }),
  },
  "action app/(app)/settings/actions.ts#changeUserRoleAction": {
    caller: "ADMIN",
    event: { action: "change-user-role", entityType: "User" },
    prepare: async (world) => {
      const user = await createUser(world.db, { organizationId: world.organizationId, role: "ANALYST" });
      return { call: () => changeUserRoleAction(user.id, undefined, formData({ role: "PROCUREMENT", version: user.version })) };
    },
  },
  "action app/(app)/settings/actions.ts#setUserActiveAction": {
    caller: "ADMIN",
    event: { action: "deactivate-user", entityType: "User" },
    prepare: async (world) => {
      const user = await createUser(world.db, { organizationId: world.organizationId, role: "EXECUTIVE" });
      return { call: () => setUserActiveAction(user.id, { active: false, version: user.version }) };
    },
  },
  "action app/(app)/settings/matrix/actions.ts#setMatrixOverrideAction": {
    caller: "ADMIN",
    event: { action: "create-matrix-override", entityType: "MatrixOverride" },
    prepare: async (world) => {
      await world.db.matrixOverride.deleteMany({ where: { organizationId: world.organizationId, function: "PATIENT_SCHEDULING" } });
      return { call: () => setMatrixOverrideAction(undefined, formData({ function: "PATIENT_SCHEDULING", recommendation: "SPECIALIZED", reason: overrideReason })) };
    },
  },
  "action app/(app)/settings/matrix/actions.ts#removeMatrixOverrideAction": {
    caller: "ADMIN",
    event: { action: "remove-matrix-override", entityType: "MatrixOverride" },
    prepare: async (world) => {
      await world.db.matrixOverride.upsert({
        where: { organizationId_function: { organizationId: world.organizationId, function: "PAYMENT_POSTING" } },
        create: { organizationId: world.organizationId, function: "PAYMENT_POSTING", automationPotential: 3, reason: overrideReason },
        update: {},
      });
      return { call: () => removeMatrixOverrideAction({ function: "PAYMENT_POSTING" }) };
    },
  },
  "action app/(app)/settings/tokens/actions.ts#createApiTokenAction": {
    caller: "ADMIN",
    event: { action: "create-api-token", entityType: "ApiToken" },
    prepare: async () => ({ call: () => createApiTokenAction(undefined, formData({ name: `BI ${nextSequence()}`, role: "EXECUTIVE", lifetime: "30" })) }),
  },
  "action app/(app)/settings/tokens/actions.ts#revokeApiTokenAction": {
    caller: "ADMIN",
    event: { action: "revoke-api-token", entityType: "ApiToken" },
    prepare: async (world) => {
      const token = await namedToken(world);
      return { call: () => revokeApiTokenAction(token.id, {}) };
    },
  },
  "POST /api/v1/tokens": {
    caller: "ADMIN",
    event: { action: "create-api-token", entityType: "ApiToken" },
    prepare: async () => ({ call: (credential) => postToken(apiRequest("/api/v1/tokens", { method: "POST", token: credential, body: { name: `job ${nextSequence()}`, role: "ANALYST", lifetime: "90" } })) }),
  },
  "DELETE /api/v1/tokens/[id]": {
    caller: "ADMIN",
    event: { action: "revoke-api-token", entityType: "ApiToken" },
    prepare: async (world) => {
      const token = await namedToken(world);
      return { call: (credential) => deleteToken(apiRequest(`/api/v1/tokens/${token.id}`, { method: "DELETE", token: credential }), routeParams({ id: token.id })) };
    },
  },
  "action app/(app)/account/actions.ts#changePasswordAction": {
    caller: "EXECUTIVE",
    event: { action: "change-password", entityType: "User" },
    prepare: async (world) => {
      // The caller's password is the builders' default before every call.
      await world.db.user.update({ where: { id: world.users.EXECUTIVE.id }, data: { passwordHash: await hashPassword(DEFAULT_TEST_PASSWORD) } });
      return { call: () => changePasswordAction(undefined, formData({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "tangerine lighthouse gravel", confirmPassword: "tangerine lighthouse gravel" })) };
    },
  },
  "action app/(app)/account/actions.ts#endSessionAction": {
    notAudited: "Ending one's own session changes no business record: like signing out, the security log (SecurityEvent SIGN_OUT) records it.",
  },
  "action app/(app)/account/actions.ts#signOutEverywhereAction": {
    notAudited: "Signing out everywhere changes no business record: the security log (SecurityEvent SIGN_OUT) records it.",
  },
};

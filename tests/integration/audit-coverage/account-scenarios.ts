// Audit scenarios for signing in and out, API tokens, and the stateless calculator.
import { signIn } from "@/app/sign-in/actions";
import { POST as postToken } from "@/app/api/v1/auth/token/route";
import { POST as postTco } from "@/app/api/v1/tco/route";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/prisma/demo/builders/user";
import { apiRequest } from "@/tests/setup/api-request";
import { formData } from "@/tests/setup/form-data";
import type { Scenario } from "./world";

export const accountScenarios: Record<string, Scenario> = {
  "action app/sign-in/actions.ts#signIn": {
    caller: "public",
    event: { action: "sign-in", entityType: "User" },
    prepare: async (world) => {
      const user = await createUser(world.db, { organizationId: world.organizationId, role: "ANALYST" });
      return { actorId: user.id, call: () => signIn(undefined, formData({ email: user.email, password: DEFAULT_TEST_PASSWORD })) };
    },
  },
  "POST /api/v1/auth/token": {
    caller: "public",
    event: { action: "issue-api-token", entityType: "ApiToken" },
    prepare: async (world) => {
      const user = await createUser(world.db, { organizationId: world.organizationId, role: "EXECUTIVE" });
      return { actorId: user.id, call: () => postToken(apiRequest("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: DEFAULT_TEST_PASSWORD } })) };
    },
  },
  "action app/sign-in/actions.ts#signOut": {
    notAudited: "Ending a session changes no business record: the security log (SecurityEvent SIGN_OUT) records it, beside sign-in failures and lockouts.",
  },
  "POST /api/v1/tco": {
    caller: "EXECUTIVE",
    writesNothing: "The calculator takes a whole scenario and stores nothing.",
    prepare: async () => ({ call: (token) => postTco(apiRequest("/api/v1/tco", { method: "POST", token, body: MEDCENTRAL_SCENARIO }), { params: Promise.resolve({}) }) }),
  },
};

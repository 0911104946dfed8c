import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { publicApiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { getDb } from "@/lib/server/db/client";
import { attemptSignIn } from "@/lib/server/auth/check-credentials";
import { retryAfterMessage } from "@/lib/server/auth/sign-in-throttle";
import { issueSignInToken } from "@/lib/server/mutations/issue-sign-in-token";
import { SignInInputSchema } from "@/lib/schemas/sign-in";

/** Exchanges email and password for a bearer token; the one /api/v1 route open without credentials. */
export const POST = publicApiRoute(async (request) => {
  const parsed = SignInInputSchema.safeParse(await readJsonBody(request, 10_000));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  const outcome = await attemptSignIn(db, parsed.data, "api");
  if (outcome.status === "throttled") {
    throw new ApiError(429, "too_many_attempts", retryAfterMessage(outcome.retryAfterMs), undefined, {
      "Retry-After": String(Math.ceil(outcome.retryAfterMs / 1000)),
    });
  }
  if (outcome.status === "invalid") throw new ApiError(401, "invalid_credentials", "The email and password do not match an account.");
  const { user } = outcome;
  const { token, expiresAt } = await issueSignInToken(db, user);
  return NextResponse.json({ token, expiresAt: expiresAt.toISOString() }, { headers: { "Cache-Control": "no-store" } });
});

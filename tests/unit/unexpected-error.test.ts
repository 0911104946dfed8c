import { describe, expect, it, vi } from "vitest";
import { notFound, redirect } from "next/navigation";
import { logger } from "@/lib/server/logger";
import { runWithRequestContext } from "@/lib/server/request-context";
import { logUnexpectedRequestError, withRequestReference } from "@/lib/server/unexpected-error";

describe("an unexpected error in a server action", () => {
  it("reaches the error page with the request id as its reference", async () => {
    const failing = runWithRequestContext({ requestId: "req-action-1" }, () =>
      withRequestReference(async () => {
        throw new Error("connection reset");
      }),
    );
    await expect(failing).rejects.toMatchObject({ message: "connection reset", digest: "req-action-1" });
  });

  it("lets Next's redirect and not-found through untouched", async () => {
    await expect(withRequestReference(async () => redirect("/vendors"))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
    await expect(withRequestReference(async () => notFound())).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("is logged once by onRequestError with its stack, request id and digest, without the query string", () => {
    const logged = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const error = Object.assign(new Error("boom"), { digest: "req-action-2" });
    logUnexpectedRequestError(error, { path: "/vendors/x/edit?q=secret", method: "POST", headers: { "x-request-id": "req-action-2" } }, { routeType: "action", routePath: "/vendors/[id]/edit" });
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0][0]).toMatchObject({ err: error, requestId: "req-action-2", digest: "req-action-2", path: "/vendors/x/edit", routeType: "action" });
  });
});

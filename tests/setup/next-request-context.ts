// Server actions read the request through next/headers, which only works inside a Next
// request. Integration tests mock that module with this one (the database stays real):
//   vi.mock("next/headers", () => import("@/tests/setup/next-request-context"));
// then sign in with actAs(token) and call the action as the browser would.

const jar = new Map<string, string>();
const requestHeaders = new Headers({ "user-agent": "vitest" });

/** The session cookie the next action call carries; null signs out. */
export function actAs(sessionToken: string | null): void {
  if (sessionToken === null) jar.delete("bpo_session");
  else jar.set("bpo_session", sessionToken);
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function headers() {
  return requestHeaders;
}

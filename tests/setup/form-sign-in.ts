// Signs in through the sign-in page's form as a browser without JavaScript posts it: React
// renders the server action's reference as hidden fields, and Next answers the multipart POST
// with the session cookie and a redirect. For tests and benchmarks that talk HTTP to a
// production server (no browser).

function decodeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The session cookie (`name=value`) of a sign-in on the server at `origin`. */
export async function signInWithForm(origin: string, email: string, password: string): Promise<string> {
  const page = await (await fetch(`${origin}/sign-in`)).text();
  const form = /<form\b[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1];
  if (!form) throw new Error(`No form on ${origin}/sign-in`);
  const body = new FormData();
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(input)) continue;
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) body.append(decodeHtml(name), decodeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? ""));
  }
  body.append("email", email);
  body.append("password", password);
  const response = await fetch(`${origin}/sign-in`, { method: "POST", body, redirect: "manual" });
  const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?bpo_session=./.test(c));
  if (!cookie) throw new Error(`Signing in as ${email} on ${origin} set no session cookie (HTTP ${response.status})`);
  return cookie.split(";")[0];
}

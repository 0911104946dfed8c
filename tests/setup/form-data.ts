/** FormData as a browser sends a form: repeated names for lists, every value a string. */
export function formData(fields: Record<string, string | number | readonly string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) data.append(name, item);
    else data.append(name, String(value));
  }
  return data;
}

/** What redirect() threw, as the path it redirects to; rethrows anything else. */
export async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw error;
  }
  throw new Error("The action did not redirect.");
}

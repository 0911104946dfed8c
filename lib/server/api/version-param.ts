import "server-only";
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/server/api/api-error";
import { versionField } from "@/lib/schemas/record-version";

/** ?version=N on a DELETE: the version the caller last read (optional); 400 when it is not a version. */
export function optionalVersion(request: NextRequest): number | undefined {
  const text = request.nextUrl.searchParams.get("version");
  if (text === null) return undefined;
  const parsed = versionField.safeParse(Number(text));
  if (!parsed.success) throw new ApiError(400, "validation_failed", "A query parameter is invalid.", { version: "Expected the record's current version, a whole number." });
  return parsed.data;
}

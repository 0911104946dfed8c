import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { validationError } from "@/lib/server/api/api-error";
import { ApiError } from "@/lib/server/api/api-error";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Db } from "@/lib/server/db/client";
import { getDb } from "@/lib/server/db/client";
import { ImportQuerySchema, type ImportReport } from "@/lib/schemas/csv-import";
import { csvRecords, fileTooLarge, IMPORT_MAX_BYTES } from "@/lib/server/imports/csv-records";

type Importer = (db: Db, auth: AuthContext, records: AsyncIterable<string[]>, options: { dryRun: boolean }) => Promise<ImportReport>;

/**
 * POST /api/v1/imports/<kind>[?dryRun=true] with a text/csv body: the report, 200 when
 * previewed or committed, 422 when the file has errors and nothing was written.
 */
export async function handleImportRequest(request: NextRequest, auth: AuthContext, importer: Importer): Promise<Response> {
  const query = ImportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) throw validationError(query.error, "A query parameter is invalid.");
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  // Browsers send a CSV file as text/csv, some (Windows with Excel) as application/vnd.ms-excel.
  if (!["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"].includes(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the file as the request body with Content-Type: text/csv.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > IMPORT_MAX_BYTES) throw fileTooLarge();
  const report = await importer(await getDb(), auth, csvRecords(request.body), { dryRun: query.data.dryRun });
  const failed = !report.dryRun && !report.committed;
  return NextResponse.json(report, { status: failed ? 422 : 200 });
}

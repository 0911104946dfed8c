import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutralizeFormula } from "@/lib/csv/formula-guard";

/**
 * A CSV download streamed batch by batch: RFC 4180 (CRLF, quotes where needed), UTF-8 with a
 * BOM so Excel reads the accents right, every cell guarded against formula injection.
 */
export function csvResponse<Column extends string>(filename: string, columns: readonly Column[], batches: AsyncIterable<Record<Column, string>[]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`\uFEFF${stringify([columns as readonly string[]], { record_delimiter: "\r\n" })}`));
        return;
      }
      const { done, value } = await iterator.next();
      if (done) {
        controller.close();
        return;
      }
      const rows = value.map((record) => columns.map((column) => neutralizeFormula(record[column])));
      if (rows.length > 0) controller.enqueue(encoder.encode(stringify(rows, { record_delimiter: "\r\n" })));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}

/** Today's date for a file name, e.g. "2026-11-29". */
export function fileDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

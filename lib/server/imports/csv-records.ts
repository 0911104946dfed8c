import "server-only";
import { parse, CsvError } from "csv-parse";
import { ApiError } from "@/lib/server/api/api-error";

/** Import limits (issue 8): above them the file is refused with a message that says so. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

/** A problem with the file as a whole (encoding, quoting, size in rows): reported, not thrown to the client. */
export class CsvFileError extends Error {
  constructor(
    message: string,
    /** The line of the file it was found on, when known. */
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** Above IMPORT_MAX_BYTES: the upload is answered 413 without reading the rest. */
export function fileTooLarge(): ApiError {
  return new ApiError(413, "payload_too_large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one after the other.`);
}

/**
 * The records of a CSV upload, streamed: bytes are counted and decoded as UTF-8 as they
 * arrive and handed to csv-parse, so a large file is never held whole in memory. Throws
 * CsvFileError for a wrong encoding or broken quoting, ApiError 413 above IMPORT_MAX_BYTES.
 * The header is the first record; blank lines are skipped; a leading UTF-8 BOM is dropped.
 */
export async function* csvRecords(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string[]> {
  if (!body) throw new CsvFileError("The file is empty.");
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  const reader = body.getReader();
  // A feeding error also destroys the parser with it, so the loop below throws it.
  const feeding = feed(reader, parser).catch(() => undefined);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(`The file is not valid CSV: ${error.message}`, (error as CsvError & { lines?: number }).lines ?? null);
    throw error;
  } finally {
    // The caller may stop early (too many rows): stop reading the upload too.
    if (!parser.destroyed) parser.destroy();
    await reader.cancel().catch(() => undefined);
    await feeding;
  }
}

async function feed(reader: ReadableStreamDefaultReader<Uint8Array>, parser: ReturnType<typeof parse>): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > IMPORT_MAX_BYTES) throw fileTooLarge();
      if (first && value.byteLength > 0) {
        first = false;
        const encoding = wrongEncoding(value);
        if (encoding) throw new CsvFileError(encoding, 1);
      }
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        throw new CsvFileError("The file is not UTF-8 text. Save it as \"CSV UTF-8\" (in Excel: File › Save As › CSV UTF-8) and upload it again.");
      }
      if (text.includes("\u0000")) throw new CsvFileError("The file holds NUL characters: it is not a UTF-8 text file. Save it as \"CSV UTF-8\" and upload it again.");
      if (!parser.write(text)) await drained(parser);
      if (parser.destroyed) return;
    }
    if (parser.destroyed) return;
    try {
      parser.end(decoder.decode());
    } catch {
      throw new CsvFileError("The file is not UTF-8 text: it ends in the middle of a character. Save it as \"CSV UTF-8\" and upload it again.");
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (!parser.destroyed) parser.destroy(error as Error);
    throw error;
  }
}

/** Resolves when the parser wants more text again, or has closed; every listener is removed after. */
function drained(parser: ReturnType<typeof parse>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      parser.off("drain", done);
      parser.off("close", done);
      parser.off("error", failed);
      resolve();
    };
    const failed = (error: Error) => {
      parser.off("drain", done);
      parser.off("close", done);
      parser.off("error", failed);
      reject(error);
    };
    parser.on("drain", done);
    parser.on("close", done);
    parser.on("error", failed);
  });
}

/** A message when the first bytes show another encoding than UTF-8 (UTF-16 from "Unicode Text" exports). */
function wrongEncoding(start: Uint8Array): string | null {
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    return "The file is UTF-16 text. Save it as \"CSV UTF-8\" (in Excel: File › Save As › CSV UTF-8) and upload it again.";
  }
  return null;
}

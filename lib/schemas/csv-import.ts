import { z } from "zod";

/** What a CSV import holds: vendor profiles, or metric observations of the registry's vendors. */
export const ImportKindSchema = z.enum(["vendors", "metrics"]);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** `?dryRun=true` checks the file and answers the preview without writing anything. */
export const ImportQuerySchema = z.object({
  dryRun: z
    .enum(["true", "false"], { error: "dryRun is true or false." })
    .optional()
    .transform((value) => value === "true"),
});

export const ImportRowStatusSchema = z.enum(["new", "updated", "unchanged", "error"]);
export type ImportRowStatus = z.infer<typeof ImportRowStatusSchema>;

/** One problem: the file's row (1 is the header) and column it is in; null when it is about the file or the whole row. */
export const ImportErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const ImportPreviewRowSchema = z.object({
  row: z.number().int(),
  status: ImportRowStatusSchema,
  /** The cells as read (after the export's formula guard is undone). */
  cells: z.record(z.string(), z.string()),
  /** For an updated row, the columns whose value changes. */
  changed: z.array(z.string()),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>;

/** The answer to an import, previewed or committed. */
export const ImportReportSchema = z.object({
  kind: ImportKindSchema,
  dryRun: z.boolean(),
  /** True once every row is written; false for a preview and for a file with errors. */
  committed: z.boolean(),
  columns: z.array(z.string()),
  summary: z.object({
    rows: z.number().int().describe("Data rows read (the header not counted)"),
    new: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int().describe("Rows with at least one error, plus one for a problem with the file itself"),
  }),
  /** Every error, in file order, up to IMPORT_ERRORS_SHOWN; errorsNotShown counts the rest. */
  errors: z.array(ImportErrorSchema),
  errorsNotShown: z.number().int(),
  /** The first rows of the file with what the import does to each, and every row with an error (up to the same cap). */
  preview: z.array(ImportPreviewRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const IMPORT_ERRORS_SHOWN = 1000;
export const IMPORT_PREVIEW_ROWS = 100;

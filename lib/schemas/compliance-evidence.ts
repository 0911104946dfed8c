import { z } from "zod";
import { EvidenceItem, VerificationLevel } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/schemas/iso-date";
import { versionField } from "@/lib/schemas/record-version";
import { multiLine, singleLine } from "@/lib/schemas/text";

const optionalLine = (max: number, label: string) =>
  singleLine(z.string().trim().max(max, `${label} must be at most ${max} characters.`))
    .nullish()
    .transform((value) => (value ? value : null));

const optionalDate = (label: string) =>
  isoDate(label)
    .nullish()
    .transform((value) => value ?? null);

const fields = {
  item: z.enum(EvidenceItem, { error: "Choose the evidence item." }),
  level: z.enum(VerificationLevel, { error: "Choose how far it was verified." }),
  effectiveDate: isoDate("date validity counts from"),
  documentRef: optionalLine(255, "The file name").describe("The document's file name or reference"),
  documentIssuer: optionalLine(200, "The issuer").describe("Who issued the document, e.g. the audit firm"),
  periodStart: optionalDate("start of the period covered"),
  periodEnd: optionalDate("end of the period covered"),
  notes: multiLine(z.string().trim().max(1000, "The notes must be at most 1,000 characters."))
    .nullish()
    .transform((value) => (value ? value : null)),
};

type EvidenceShape = { item: EvidenceItem; effectiveDate: Date; periodStart: Date | null; periodEnd: Date | null };

function checkPeriod(input: EvidenceShape, ctx: z.RefinementCtx) {
  if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period cannot end before it starts." });
  }
  // MODEL.md §2: a SOC 2 Type II report is valid for 12 months after its period ends.
  if (input.item === "SOC2_TYPE_II" && input.periodEnd && input.periodEnd.getTime() !== input.effectiveDate.getTime()) {
    ctx.addIssue({ code: "custom", path: ["effectiveDate"], message: "A SOC 2 Type II report counts from the end of its period: use the period's end date." });
  }
}

/** Compliance evidence as forms and the API take it; expiry is derived from item and effective date. */
export const ComplianceEvidenceInputSchema = z.object(fields).superRefine(checkPeriod);
export type ComplianceEvidenceInput = z.infer<typeof ComplianceEvidenceInputSchema>;

/** A correction replaces the whole record, at the version the analyst loaded. */
export const ComplianceEvidenceUpdateSchema = z.object({ ...fields, version: versionField }).superRefine(checkPeriod);
export type ComplianceEvidenceUpdate = z.infer<typeof ComplianceEvidenceUpdateSchema>;

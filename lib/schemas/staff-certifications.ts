import { z } from "zod";
import { isoDate } from "@/lib/schemas/iso-date";
import { CREDENTIALS, type Credential } from "@/lib/scoring/certified-staff";

const headcount = (label: string) =>
  z.number({ error: `Enter ${label} as a whole number.` }).int(`Enter ${label} as a whole number.`).min(0, `${label[0].toUpperCase()}${label.slice(1)} cannot be negative.`).max(1_000_000, "That is implausibly many staff.");

const countFields = Object.fromEntries(
  CREDENTIALS.map((credential) => [credential, headcount(`the number of ${credential} holders`).default(0)]),
) as Record<Credential, z.ZodDefault<z.ZodNumber>>;

/**
 * A vendor's staff certification counts as of a date, with the staff total they were taken
 * against (certified share = certified ÷ total). Replaces the previous counts as a whole, at
 * `version` (0 when none were recorded yet).
 */
export const StaffCertificationsInputSchema = z
  .object({
    asOf: isoDate("date of the counts", { notAfterToday: true }),
    totalStaff: headcount("the total staff").min(1, "Enter the total staff (at least 1)."),
    certifiedStaff: headcount("the certified staff")
      .nullish()
      .transform((value) => value ?? null)
      .describe("Staff holding at least one of the credentials; leave out to estimate from the counts"),
    counts: z.object(countFields),
    version: z.number({ error: "The version you edited is required." }).int().min(0),
  })
  .superRefine((input, ctx) => {
    for (const credential of CREDENTIALS) {
      if (input.counts[credential] > input.totalStaff) {
        ctx.addIssue({ code: "custom", path: ["counts", credential], message: `More ${credential} holders than staff in total.` });
      }
    }
    if (input.certifiedStaff === null) return;
    const largest = Math.max(...CREDENTIALS.map((credential) => input.counts[credential]));
    const sum = CREDENTIALS.reduce((total, credential) => total + input.counts[credential], 0);
    if (input.certifiedStaff > input.totalStaff) ctx.addIssue({ code: "custom", path: ["certifiedStaff"], message: "More certified staff than staff in total." });
    else if (input.certifiedStaff < largest) ctx.addIssue({ code: "custom", path: ["certifiedStaff"], message: `At least ${largest}: that many hold one credential alone.` });
    else if (input.certifiedStaff > sum) ctx.addIssue({ code: "custom", path: ["certifiedStaff"], message: `At most ${sum}, the credentials counted.` });
  });
export type StaffCertificationsInput = z.infer<typeof StaffCertificationsInputSchema>;

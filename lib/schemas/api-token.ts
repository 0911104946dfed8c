import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { singleLine } from "@/lib/schemas/text";

/** How long a new token may live: a fixed choice, or until a date. */
export const TOKEN_LIFETIMES = ["30", "90", "365", "date"] as const;

/** A named API token an admin creates (for a BI tool, an import job). */
export const ApiTokenCreateSchema = z
  .object({
    name: singleLine(z.string({ error: "Name the token after what uses it." }).trim().min(1, "Name the token after what uses it.").max(80, "At most 80 characters.")),
    role: z.enum(Role, { error: "Choose the role the token acts with." }),
    lifetime: z.enum(TOKEN_LIFETIMES, { error: "Choose how long the token lives." }),
    /** YYYY-MM-DD, when lifetime is "date". */
    expiresOn: z.iso.date({ error: "Enter a date as YYYY-MM-DD." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.lifetime !== "date") return;
    if (!v.expiresOn) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Choose the day the token stops working." });
  });
export type ApiTokenCreate = z.infer<typeof ApiTokenCreateSchema>;

import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { versionField } from "@/lib/schemas/record-version";
import { singleLine } from "@/lib/schemas/text";

const roleField = z.enum(Role, { error: "Choose a role." });

/** A new user as an admin adds them; the one-time password is made by the server. */
export const UserCreateSchema = z.object({
  name: singleLine(z.string({ error: "Enter the person's name." }).trim().min(1, "Enter the person's name.").max(120, "The name must be at most 120 characters.")),
  email: singleLine(z.string({ error: "Enter an email address." }).trim().min(1, "Enter an email address.").max(254, "That email address is too long."))
    .pipe(z.email({ error: "Enter a valid email address." }))
    .transform((email) => email.toLowerCase()),
  role: roleField,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** An admin changes a user's role, from the version they saw. */
export const UserRoleChangeSchema = z.object({ role: roleField, version: versionField });
export type UserRoleChange = z.infer<typeof UserRoleChangeSchema>;

/** An admin deactivates or reactivates a user, from the version they saw. */
export const UserActiveChangeSchema = z.object({ active: z.boolean(), version: versionField });

import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";

/** NIST SP 800-63B (2024) asks for at least 15 characters when a password is the only factor and allows 8 as the floor; the product asks for 12, checked against a list of common passwords on the server. */
export const MIN_PASSWORD_LENGTH = 12;

export const newPasswordField = singleLine(
  z
    .string({ error: "Choose a new password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words are easy to remember.`)
    .max(200, "Use at most 200 characters."),
);

/** A user changes their own password (the account page, and after a one-time password). */
export const PasswordChangeSchema = z
  .object({
    currentPassword: singleLine(z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200, "That password is too long.")),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "The two new passwords differ." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

import { z } from "zod";
import { singleLine } from "@/lib/schemas/text";

/** Credentials for the sign-in form and POST /api/v1/auth/token. */
export const SignInInputSchema = z.object({
  email: singleLine(
    z.string({ error: "Enter your email address." }).trim().min(1, "Enter your email address.").max(254, "That email address is too long."),
  )
    .pipe(z.email({ error: "Enter a valid email address." }))
    .transform((email) => email.toLowerCase()),
  password: singleLine(z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "That password is too long.")),
});

export type SignInInput = z.infer<typeof SignInInputSchema>;

"use client";

import { signIn } from "@/app/sign-in/actions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerForm } from "@/components/ui/use-server-form";
import { SignInInputSchema } from "@/lib/schemas/sign-in";

export function SignInForm() {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: SignInInputSchema, action: signIn, id: "sign-in" });
  return (
    <form {...formProps} className="space-y-4">
      <FormStatus form={form} reply={reply} />
      <TextField meta={fields.email} label="Email" type="email" autoComplete="username" />
      <TextField meta={fields.password} label="Password" type="password" autoComplete="current-password" />
      <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}

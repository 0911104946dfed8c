import type { Metadata } from "next";
import { PasswordForm } from "@/components/settings/password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireSignedIn } from "@/lib/server/auth/current-auth";
import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Change password" };

/** Also where a user with a one-time password lands until they choose their own. */
export default async function ChangePasswordPage() {
  const auth = await requireSignedIn();
  return (
    <>
      <PageHeader
        title={auth.mustChangePassword ? "Choose your own password" : "Change your password"}
        description={auth.mustChangePassword ? "You signed in with a one-time password from your admin. Choose your own to continue." : "Your other sessions end when you change it."}
      />
      <PasswordForm action={changePasswordAction} currentLabel={auth.mustChangePassword ? "One-time password" : "Current password"} />
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { getCurrentAuth } from "@/lib/server/auth/current-auth";
import { getDemoAccounts } from "@/lib/server/auth/demo-accounts";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentAuth()) redirect("/");
  const demo = await getDemoAccounts();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold text-slate-900">BPO Evaluator</h1>
      <p className="mt-1 text-sm text-slate-600">
        Compare healthcare BPO bids on net revenue realization and audit defensibility.
      </p>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-lg font-medium">Sign in</h2>
        <SignInForm />
      </div>
      {demo && <DemoAccounts accounts={demo.accounts} password={demo.password} />}
    </main>
  );
}

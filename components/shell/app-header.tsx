import Link from "next/link";
import { signOut } from "@/app/sign-in/actions";
import { MainNav } from "@/components/shell/main-nav";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { can } from "@/lib/server/permissions";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import { formatCode } from "@/lib/format";

export function AppHeader({ auth }: { auth: AuthContext }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-2 md:flex-row md:items-center md:gap-6">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            BPO Evaluator
          </Link>
          <MainNav items={NAV_ITEMS.filter((item) => !item.permission || can(auth.role, item.permission))} />
        </div>
        <div className="flex items-center gap-3 text-sm">
          <div className="text-right" data-testid="signed-in-user">
            <Link href="/account" className="font-medium text-brand-800 hover:underline">
              {auth.name}
            </Link>
            <div className="text-slate-600">
              {formatCode(auth.role)} · <span data-testid="organization-name">{auth.organizationName}</span>
            </div>
          </div>
          <form action={signOut}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

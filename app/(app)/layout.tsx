import { AppHeader } from "@/components/shell/app-header";
import { requireSignedIn } from "@/lib/server/auth/current-auth";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Pages check requireAuth themselves; the password page must render for a one-time password too.
  const auth = await requireSignedIn();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader auth={auth} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}

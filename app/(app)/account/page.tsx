import type { Metadata } from "next";
import Link from "next/link";
import { EndSessionButton, SignOutEverywhereButton } from "@/components/settings/session-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { getEnv } from "@/lib/server/env";
import { listOwnSessions } from "@/lib/server/queries/settings";
import { formatCode, formatDateTime } from "@/lib/format";
import { describeUserAgent } from "@/lib/user-agent";
import { endSessionAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const auth = await requireAuth();
  const sessions = await listOwnSessions(auth.userId);
  const env = getEnv();
  return (
    <>
      <PageHeader title="Your account" description={`${auth.name} · ${auth.email} · ${formatCode(auth.role)} at ${auth.organizationName}`} />
      <div className="space-y-6">
        <Panel title="Password">
          <p className="text-sm text-slate-700">
            <Link href="/account/password" className="font-medium text-brand-800 hover:underline">
              Change your password
            </Link>
            ; your other sessions end when you do.
          </p>
        </Panel>
        <Panel title="Where you are signed in">
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Your active sessions</caption>
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Device</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Signed in</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Last seen</th>
                  <th scope="col" className="py-1.5 font-medium"><span className="sr-only">End</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {sessions.map((session) => {
                  const current = session.id === auth.sessionId;
                  return (
                    <tr key={session.id}>
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {describeUserAgent(session.userAgent)}
                        {current && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-800">This device</span>}
                      </th>
                      <td className="py-2 pr-3">{formatDateTime(session.createdAt)}</td>
                      <td className="py-2 pr-3">{formatDateTime(session.lastSeenAt)}</td>
                      <td className="py-2">
                        <EndSessionButton sessionId={session.id} current={current} action={endSessionAction} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <SignOutEverywhereButton action={signOutEverywhereAction} />
            <span className="text-xs text-slate-600">
              Ends every session above, this one too. Sessions also end after {env.SESSION_IDLE_HOURS} hours idle, and {env.SESSION_MAX_DAYS} days after sign-in at most.
            </span>
          </div>
        </Panel>
      </div>
    </>
  );
}

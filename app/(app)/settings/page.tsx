import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getDb } from "@/lib/server/db/client";
import { formatCode, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const auth = await requirePagePermission("edit:settings");
  const db = await getDb();
  const users = await db.user.findMany({
    where: { organizationId: auth.organizationId },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true },
  });
  return (
    <>
      <PageHeader title="Settings" description={`Users, defaults and API access for ${auth.organizationName}.`} />
      <div className="space-y-6">
        <Panel title="Users and roles">
          <table className="min-w-full text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">Name</th>
                <th scope="col" className="py-1 pr-3">Email</th>
                <th scope="col" className="py-1 pr-3">Role</th>
                <th scope="col" className="py-1">Since</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="py-1.5 pr-3">{user.name}{user.deactivatedAt ? " (deactivated)" : ""}</td>
                  <td className="py-1.5 pr-3">{user.email}</td>
                  <td className="py-1.5 pr-3">{formatCode(user.role)}</td>
                  <td className="py-1.5">{formatDate(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
        <Panel title="Assumptions, decision-matrix overrides and API tokens">
          <EmptyState>
            Editing organisation defaults, decision-matrix overrides (each with its written reason) and long-lived API tokens
            comes with the settings issue. API clients can already get a day-long token from <code>POST /api/v1/auth/token</code>.
          </EmptyState>
        </Panel>
      </div>
    </>
  );
}

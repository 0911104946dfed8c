import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
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
          <DataTable
            caption="Users of the organisation and their roles"
            rows={users}
            rowKey={(user) => user.id}
            columns={[
              { header: "Name", cell: (user) => `${user.name}${user.deactivatedAt ? " (deactivated)" : ""}`, rowHeader: true },
              { header: "Email", cell: (user) => user.email },
              { header: "Role", cell: (user) => formatCode(user.role) },
              { header: "Since", cell: (user) => formatDate(user.createdAt) },
            ]}
          />
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

import type { Metadata } from "next";
import { AddUserForm } from "@/components/settings/add-user-form";
import { UserActiveToggle, UserRoleForm } from "@/components/settings/user-row-controls";
import { Panel } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { listUsers } from "@/lib/server/queries/settings";
import { formatDate, formatDateTime } from "@/lib/format";
import { changeUserRoleAction, createUserAction, setUserActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users and roles" };

export default async function UsersSettingsPage() {
  const auth = await requirePagePermission("manage:users");
  const users = await listUsers(auth.organizationId);
  return (
    <div className="space-y-6">
      <Panel title="Add a user">
        <p className="mb-3 text-sm text-slate-600">The app makes a one-time password and shows it once; the person chooses their own at first sign-in.</p>
        <AddUserForm action={createUserAction} />
      </Panel>
      <Panel title="Users">
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">The organisation&apos;s users, their roles and status</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">Person</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">Role</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">Status</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">Last active</th>
                <th scope="col" className="py-1.5 font-medium">Access</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {users.map((user) => (
                <tr key={user.id} data-user-email={user.email}>
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    {user.name}
                    {user.id === auth.userId && <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>}
                    <span className="block text-xs font-normal text-slate-500">{user.email}</span>
                  </th>
                  <td className="py-2 pr-3">
                    <UserRoleForm user={user} action={changeUserRoleAction.bind(null, user.id)} />
                  </td>
                  <td className="py-2 pr-3">
                    {user.deactivatedAt ? (
                      <span className="text-red-800">Deactivated {formatDate(user.deactivatedAt)}</span>
                    ) : user.mustChangePassword ? (
                      <span className="text-amber-800">Active · one-time password not yet replaced</span>
                    ) : (
                      <span className="text-emerald-800">Active since {formatDate(user.createdAt)}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3">{user.lastSeenAt ? formatDateTime(user.lastSeenAt) : "—"}</td>
                  <td className="py-2">{user.id === auth.userId ? <span className="text-xs text-slate-500">—</span> : <UserActiveToggle user={{ id: user.id, name: user.name, version: user.version, active: !user.deactivatedAt }} action={setUserActiveAction} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
    </div>
  );
}

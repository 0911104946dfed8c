import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { RevokeTokenButton } from "@/components/settings/revoke-token-button";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { listApiTokens } from "@/lib/server/queries/settings";
import { formatCode, formatDate, formatDateTime } from "@/lib/format";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): { text: string; live: boolean } {
  if (token.revokedAt) return { text: `Revoked ${formatDate(token.revokedAt)}`, live: false };
  if (token.expiresAt && token.expiresAt <= now) return { text: `Expired ${formatDate(token.expiresAt)}`, live: false };
  return { text: `Until ${formatDate(token.expiresAt)}`, live: true };
}

export default async function TokensSettingsPage() {
  const auth = await requirePagePermission("manage:tokens");
  const tokens = await listApiTokens(auth.organizationId);
  const now = new Date();
  return (
    <div className="space-y-6">
      <Panel title="Create a token">
        <p className="mb-3 text-sm text-slate-600">
          For a BI tool or a script: send it as <code>Authorization: Bearer …</code> to <code>/api/v1</code>. Only a hash is stored, so the value is shown once.
        </p>
        <CreateTokenForm action={createApiTokenAction} />
      </Panel>
      <Panel title="Tokens">
        {tokens.length === 0 ? (
          <EmptyState>No named tokens yet.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">The organisation&apos;s API tokens</caption>
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Name</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Acts as</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Created by</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Created</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Expires</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">Last used</th>
                  <th scope="col" className="py-1.5 font-medium"><span className="sr-only">Revoke</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {tokens.map((token) => {
                  const state = tokenState(token, now);
                  return (
                    <tr key={token.id} className={state.live ? "" : "text-slate-500"}>
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {token.name}
                        <span className="block font-mono text-xs font-normal text-slate-500">{token.prefix}…</span>
                      </th>
                      <td className="py-2 pr-3">{token.role ? formatCode(token.role) : "—"}</td>
                      <td className="py-2 pr-3">{token.user.name}</td>
                      <td className="py-2 pr-3">{formatDate(token.createdAt)}</td>
                      <td className="py-2 pr-3">{state.text}</td>
                      <td className="py-2 pr-3">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</td>
                      <td className="py-2">{state.live && <RevokeTokenButton tokenId={token.id} name={token.name} action={revokeApiTokenAction} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}

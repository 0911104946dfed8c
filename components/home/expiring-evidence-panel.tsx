import Link from "next/link";
import { EmptyState, Panel } from "@/components/ui/panel";
import { listExpiringEvidence } from "@/lib/server/queries/home";
import { EXPIRY_WARNING_DAYS, expiryState } from "@/lib/scoring/compliance";
import { formatCode, formatDate } from "@/lib/format";

export async function ExpiringEvidencePanel({ organizationId }: { organizationId: string }) {
  const now = new Date();
  const evidence = await listExpiringEvidence(organizationId, now);
  return (
    <Panel title="Evidence expiring soon">
      {evidence.length === 0 ? (
        <EmptyState>No compliance evidence expires in the next {EXPIRY_WARNING_DAYS} days.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {evidence.map((item) => {
            const expired = expiryState(item.expiresAt, now) === "EXPIRED";
            return (
              <li key={item.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <div>
                  <Link href={`/vendors/${item.vendor.id}`} className="font-medium text-brand-800 hover:underline">
                    {item.vendor.name}
                  </Link>
                  <div className="text-xs text-slate-600">
                    {formatCode(item.item)} · {formatCode(item.level)}
                  </div>
                </div>
                <span className={`text-xs font-medium ${expired ? "text-red-700" : "text-amber-800"}`}>
                  {expired ? "Expired" : "Expires"} {formatDate(item.expiresAt)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

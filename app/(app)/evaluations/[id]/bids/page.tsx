import type { Metadata } from "next";
import { EvaluationPageTop } from "@/components/evaluations/evaluation-page-top";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BID_STATUS_LABELS } from "@/components/evaluations/evaluation-status";
import { CommandButton } from "@/components/ui/command-button";
import { EmptyState, Panel } from "@/components/ui/panel";
import { requireAuth } from "@/lib/server/auth/current-auth";
import { getEvaluationResults } from "@/lib/server/evaluations/evaluation-results";
import { BIDDING_STATUSES, statusRefusal } from "@/lib/server/mutations/evaluation-change";
import { can } from "@/lib/server/permissions";
import { listEvaluationBids } from "@/lib/server/queries/evaluation-bids";
import { getEvaluationDetail } from "@/lib/server/queries/evaluations";
import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import { formatCode, formatDateTime, formatMoney } from "@/lib/format";
import { duplicateBidAction, removeBidAction } from "./actions";

export const metadata: Metadata = { title: "Bids" };

const STATUS_TONE: Record<string, string> = { DRAFT: "bg-slate-100 text-slate-700", SUBMITTED: "bg-emerald-50 text-emerald-800", WITHDRAWN: "bg-red-50 text-red-800" };

export default async function EvaluationBidsPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireAuth();
  const { id } = await params;
  const evaluation = await getEvaluationDetail(auth.organizationId, id);
  if (!evaluation) notFound();
  const [bids, results] = await Promise.all([listEvaluationBids(auth.organizationId, id), getEvaluationResults(auth, id)]);
  const open = BIDDING_STATUSES.includes(evaluation.status);
  const canEdit = can(auth.role, "edit:bid") && open;
  const rankOf = new Map(results.bids.map((b) => [b.id, b.qualified ? `#${b.rank}` : "disqualified"]));
  return (
    <>
      <EvaluationPageTop evaluation={evaluation} results={results} role={auth.role} current="bids" />
      <Panel title="Bids">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            {open ? "Enter each vendor's offer; duplicate a bid to enter a best-and-final offer, and withdraw the one it replaces." : statusRefusal(evaluation.status, BIDDING_STATUSES)}
            {!open && evaluation.status === "DRAFT" && can(auth.role, "edit:evaluation") && (
              <>
                {" "}
                <Link href={`/evaluations/${id}/decision`} className="text-brand-800 underline">
                  Open it on the decision tab.
                </Link>
              </>
            )}
          </p>
          {canEdit && (
            <Link href={`/evaluations/${id}/bids/new`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Add bid
            </Link>
          )}
        </div>
        {bids.length === 0 ? (
          <EmptyState>No bids entered yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {bids.map((bid) => (
              <li key={bid.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {bid.label}{" "}
                    <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[bid.status]}`}>{BID_STATUS_LABELS[bid.status]}</span>
                    {rankOf.has(bid.id) && <span className="ml-2 text-xs text-slate-500">ranked {rankOf.get(bid.id)}</span>}
                  </p>
                  <p className="text-sm text-slate-600">
                    <Link href={`/vendors/${bid.vendor.id}`} className="text-brand-800 hover:underline">
                      {bid.vendor.name}
                    </Link>{" "}
                    ({formatCode(bid.vendor.operatingModel)}) · implementation {formatMoney(bid.implementationFee)} · oversight {formatMoney(bid.oversightPerMonth)}/month
                  </p>
                  <p className="text-xs text-slate-500">
                    {bid.lines.map((l) => `${DECISION_MATRIX_FACTORS[l.evaluationFunction.function].label}: ${formatCode(l.pricingModel).toLowerCase()}`).join(" · ") || "No lines"} · updated {formatDateTime(bid.updatedAt)}
                  </p>
                </div>
                {canEdit && (
                  <div className="flex flex-wrap items-start gap-2">
                    <Link href={`/evaluations/${id}/bids/${bid.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100" aria-label={`Edit ${bid.label}`}>
                      Edit
                    </Link>
                    <CommandButton action={duplicateBidAction.bind(null, bid.id)} label="Duplicate for best and final" pendingLabel="Copying…" />
                    <CommandButton
                      action={removeBidAction.bind(null, bid.id)}
                      input={{ version: bid.version }}
                      label="Remove"
                      pendingLabel="Removing…"
                      variant="danger"
                      confirm={`Remove “${bid.label}” and its lines? The history keeps a record of it.`}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}

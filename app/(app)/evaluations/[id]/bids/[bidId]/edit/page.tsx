import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BidForm } from "@/components/evaluations/bid-form";
import { bidFormDefaults } from "@/components/evaluations/bid-form-defaults";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/panel";
import { PageHeader } from "@/components/ui/page-header";
import { bidJson } from "@/lib/server/api/evaluation-json";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getDb } from "@/lib/server/db/client";
import { BIDDING_STATUSES, statusRefusal } from "@/lib/server/mutations/evaluation-change";
import { getBidFormChoices } from "@/lib/server/queries/bid-form-data";
import { findBidRecord } from "@/lib/server/queries/evaluation-records";
import { updateBidAction } from "../../actions";

export const metadata: Metadata = { title: "Edit bid" };

export default async function EditBidPage({ params }: { params: Promise<{ id: string; bidId: string }> }) {
  const auth = await requirePagePermission("edit:bid");
  const { id, bidId } = await params;
  const record = await findBidRecord(await getDb(), auth.organizationId, bidId);
  if (!record || record.evaluationId !== id) notFound();
  const choices = await getBidFormChoices(auth.organizationId, id, record.vendorId);
  if (!choices) notFound();
  const bid = bidJson(record);
  const open = BIDDING_STATUSES.includes(choices.evaluation.status);
  return (
    <>
      <BackLink href={`/evaluations/${id}/bids`} label={`${choices.evaluation.name}: bids`} />
      <PageHeader title={`Edit ${bid.label}`} />
      {!open ? (
        <EmptyState>{statusRefusal(choices.evaluation.status, BIDDING_STATUSES)}</EmptyState>
      ) : (
        <BidForm action={updateBidAction.bind(null, bidId)} defaultValue={bidFormDefaults(choices.functions, bid)} functions={choices.functions} vendors={choices.vendors} cancelHref={`/evaluations/${id}/bids`} submitLabel="Save bid" />
      )}
    </>
  );
}

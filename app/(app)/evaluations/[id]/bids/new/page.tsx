import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BidForm } from "@/components/evaluations/bid-form";
import { bidFormDefaults } from "@/components/evaluations/bid-form-defaults";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { BIDDING_STATUSES, statusRefusal } from "@/lib/server/mutations/evaluation-change";
import { getBidFormChoices } from "@/lib/server/queries/bid-form-data";
import { createBidAction } from "../actions";

export const metadata: Metadata = { title: "Add a bid" };

export default async function NewBidPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requirePagePermission("edit:bid");
  const { id } = await params;
  const choices = await getBidFormChoices(auth.organizationId, id);
  if (!choices) notFound();
  const open = BIDDING_STATUSES.includes(choices.evaluation.status);
  return (
    <>
      <BackLink href={`/evaluations/${id}/bids`} label={`${choices.evaluation.name}: bids`} />
      <PageHeader title="Add a bid" description="For a vendor in the registry; one line per function in scope that the bid covers." />
      {!open ? (
        <EmptyState>{statusRefusal(choices.evaluation.status, BIDDING_STATUSES)}</EmptyState>
      ) : choices.vendors.length === 0 ? (
        <EmptyState>The registry has no active vendor yet: add the vendor first.</EmptyState>
      ) : (
        <BidForm action={createBidAction.bind(null, id)} defaultValue={bidFormDefaults(choices.functions)} functions={choices.functions} vendors={choices.vendors} cancelHref={`/evaluations/${id}/bids`} submitLabel="Add bid" />
      )}
    </>
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { createBid } from "@/lib/server/mutations/create-bid";
import { duplicateBid } from "@/lib/server/mutations/duplicate-bid";
import { removeBid } from "@/lib/server/mutations/remove-bid";
import { updateBid } from "@/lib/server/mutations/update-bid";
import { BidFormSchema, bidInputFromForm } from "@/lib/schemas/bid-form";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

function revalidateEvaluation(evaluationId: string) {
  revalidatePath("/evaluations");
  revalidatePath(`/evaluations/${evaluationId}`, "layout");
}

/** Adds a bid to an open evaluation and returns to its bids. */
export const createBidAction = formAction<typeof BidFormSchema, [evaluationId: string]>({ permission: "edit:bid", schema: BidFormSchema }, async ({ value, auth, db }, evaluationId) => {
  await createBid(db, auth, evaluationId, bidInputFromForm(value));
  revalidateEvaluation(evaluationId);
  redirect(`/evaluations/${evaluationId}/bids`);
});

/** Saves a bid at the version the form loaded. */
export const updateBidAction = formAction<typeof BidFormSchema, [bidId: string]>({ permission: "edit:bid", schema: BidFormSchema }, async ({ value, auth, db }, bidId) => {
  const bid = await updateBid(db, auth, bidId, { ...bidInputFromForm(value), version: value.version ?? 0 });
  revalidateEvaluation(bid.evaluationId);
  redirect(`/evaluations/${bid.evaluationId}/bids`);
});

/** Copies a bid as a draft for the vendor's best-and-final offer and opens it for editing. */
export const duplicateBidAction = commandAction({ schema: z.object({}).strict(), permission: "edit:bid" }, async ({ db, auth }, bidId: string) => {
  const copy = await duplicateBid(db, auth, bidId);
  revalidateEvaluation(copy.evaluationId);
  redirect(`/evaluations/${copy.evaluationId}/bids/${copy.id}/edit`);
});

/** Removes a bid at the version the page showed. */
export const removeBidAction = commandAction({ schema: RecordVersionSchema, permission: "edit:bid" }, async ({ value, db, auth }, bidId: string) => {
  const removed = await removeBid(db, auth, bidId, value.version);
  revalidateEvaluation(removed.evaluationId);
  return removed;
});

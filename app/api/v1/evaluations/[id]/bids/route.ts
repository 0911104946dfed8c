import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { bidJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { createBid } from "@/lib/server/mutations/create-bid";
import { findBidRecord, findEvaluationRecord, listBidRecords } from "@/lib/server/queries/evaluation-records";
import { BidInputSchema } from "@/lib/schemas/bid";

type Params = { id: string };

/** An evaluation's bids, in the order they were entered. */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const db = await getDb();
  if (!(await findEvaluationRecord(db, auth.organizationId, params.id))) throw new ApiError(404, "not_found", "Evaluation not found.");
  const bids = await listBidRecords(db, auth.organizationId, params.id);
  return NextResponse.json({ data: bids.map(bidJson), nextCursor: null });
});

/** A new bid on an open evaluation (Procurement, Admin); 422 while a draft or once decided. */
export const POST = apiRoute<Params>({ permission: "edit:bid" }, async ({ request, auth, params }) => {
  const parsed = BidInputSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  const bid = await createBid(db, auth, params.id, parsed.data);
  return NextResponse.json(bidJson((await findBidRecord(db, auth.organizationId, bid.id))!), { status: 201, headers: { location: `/api/v1/bids/${bid.id}` } });
});

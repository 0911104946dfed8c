import { NextResponse } from "next/server";
import { ApiError, validationError } from "@/lib/server/api/api-error";
import { apiRoute, readJsonBody } from "@/lib/server/api/api-route";
import { bidJson } from "@/lib/server/api/evaluation-json";
import { getDb } from "@/lib/server/db/client";
import { removeBid } from "@/lib/server/mutations/remove-bid";
import { updateBid } from "@/lib/server/mutations/update-bid";
import { findBidRecord } from "@/lib/server/queries/evaluation-records";
import { BidUpdateSchema } from "@/lib/schemas/bid";
import { versionField } from "@/lib/schemas/record-version";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const bid = await findBidRecord(await getDb(), auth.organizationId, params.id);
  if (!bid) throw new ApiError(404, "not_found", "Bid not found.");
  return NextResponse.json(bidJson(bid));
});

/** PATCH with the version you read (status too: DRAFT, SUBMITTED, WITHDRAWN); `lines` replaces all lines. */
export const PATCH = apiRoute<Params>({ permission: "edit:bid" }, async ({ request, auth, params }) => {
  const parsed = BidUpdateSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw validationError(parsed.error);
  const db = await getDb();
  await updateBid(db, auth, params.id, parsed.data);
  return NextResponse.json(bidJson((await findBidRecord(db, auth.organizationId, params.id))!));
});

/** DELETE /api/v1/bids/{id}?version=N — removes a bid of an open evaluation. */
export const DELETE = apiRoute<Params>({ permission: "edit:bid" }, async ({ request, auth, params }) => {
  const version = versionField.safeParse(Number(request.nextUrl.searchParams.get("version") ?? "NaN"));
  if (!version.success) throw new ApiError(400, "validation_failed", "A query parameter is invalid.", { version: "Send the bid's current version, a whole number." });
  const removed = await removeBid(await getDb(), auth, params.id, version.data);
  return NextResponse.json(removed);
});

import "server-only";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, RuleViolationError } from "@/lib/server/domain-errors";
import { splitUncertain } from "@/lib/server/mutations/uncertain-columns";
import type { Tx } from "@/lib/server/mutations/vendor-change";
import type { BidLineInput } from "@/lib/schemas/bid";
import { PERFORMANCE_RATES } from "@/lib/tco/scenario";
import type { Uncertain } from "@/lib/tco/uncertain";

/** The vendor a bid is for: the organisation's, and not archived. */
export async function requireBiddingVendor(tx: Tx, auth: AuthContext, vendorId: string) {
  const vendor = await tx.vendor.findFirst({ where: { id: vendorId, organizationId: auth.organizationId }, select: { id: true, name: true, archivedAt: true } });
  if (!vendor) throw new RuleViolationError("That vendor is not in the registry.", "vendorId");
  if (vendor.archivedAt) throw new RuleViolationError(`${vendor.name} is archived; restore it in the registry before entering a bid.`, "vendorId");
  return vendor;
}

/** A bid of the evaluation's organisation, or NotFoundError. */
export async function findBid(tx: Tx, auth: AuthContext, bidId: string) {
  const bid = await tx.bid.findFirst({ where: { id: bidId, organizationId: auth.organizationId }, include: { lines: true } });
  if (!bid) throw new NotFoundError("Bid");
  return bid;
}

function lineRow(line: BidLineInput) {
  const pricing: Record<string, Uncertain> = { rate: line.pricing.rate };
  if (line.pricing.hoursPerMonth !== undefined) pricing.hoursPerMonth = line.pricing.hoursPerMonth;
  if (line.pricing.fte !== undefined) pricing.fte = line.pricing.fte;
  if (line.pricing.monthlyMinimum !== undefined) pricing.monthlyMinimum = line.pricing.monthlyMinimum;
  const committed: Record<string, Uncertain> = {};
  for (const rate of PERFORMANCE_RATES) {
    const value = line.commitments[rate];
    if (value !== null && value !== undefined) committed[rate] = value;
  }
  const { columns, ranges } = splitUncertain({ ...pricing, ...committed });
  return {
    pricingModel: line.pricing.model,
    rate: columns.rate,
    hoursPerMonth: columns.hoursPerMonth ?? null,
    fte: columns.fte ?? null,
    monthlyMinimum: columns.monthlyMinimum ?? null,
    ...Object.fromEntries(PERFORMANCE_RATES.map((rate) => [rate, columns[rate] ?? null])),
    ranges: ranges as unknown as Prisma.InputJsonValue,
  };
}

/** Replaces a bid's lines with `lines`, each priced on one of the evaluation's functions in scope. */
export async function replaceBidLines(tx: Tx, auth: AuthContext, evaluationId: string, bidId: string, lines: BidLineInput[]) {
  const scope = await tx.evaluationFunction.findMany({ where: { evaluationId, organizationId: auth.organizationId }, select: { id: true, function: true } });
  const idOf = new Map(scope.map((f) => [f.function as string, f.id]));
  const outside = lines.find((line) => !idOf.has(line.function));
  if (outside) throw new RuleViolationError(`${outside.function} is not in this evaluation's scope.`, "lines");
  await tx.bidLine.deleteMany({ where: { bidId } });
  for (const line of lines) {
    await tx.bidLine.create({ data: { ...lineRow(line), bidId, evaluationFunctionId: idOf.get(line.function)!, organizationId: auth.organizationId } });
  }
}

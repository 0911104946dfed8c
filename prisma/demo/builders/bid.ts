import type { Bid, BidLine, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";
import { nextSequence } from "./sequence";

export type BidLineInput = Omit<Partial<Prisma.BidLineUncheckedCreateInput>, "organizationId" | "bidId"> & {
  evaluationFunctionId: string;
};

export type BidOverrides = Omit<Partial<Prisma.BidUncheckedCreateInput>, "lines"> & {
  organizationId: string;
  evaluationId: string;
  vendorId: string;
  /** Lines priced and profiled per function in scope, created with the bid. */
  lines?: BidLineInput[];
};

export type BidWithLines = Bid & { lines: BidLine[] };

// A specialized vendor's profile from the article's comparison table (first-pass 88–95 %,
// coding accuracy 96–99 %); overturn 0.54 is Premier's 2024 average.
const lineDefaults = {
  pricingModel: "PER_HOUR",
  rate: 35,
  hoursPerMonth: 800,
  denialRate: "0.06",
  reworkRate: "0.75",
  overturnRate: "0.54",
  codingAccuracy: "0.96",
  firstPassRate: "0.90",
} satisfies Omit<BidLineInput, "evaluationFunctionId">;

export function createBidLine(
  db: FactoryDb,
  overrides: BidLineInput & { organizationId: string; bidId: string },
): Promise<BidLine> {
  return db.bidLine.create({ data: { ...lineDefaults, ...overrides } });
}

export async function createBid(db: FactoryDb, overrides: BidOverrides): Promise<BidWithLines> {
  const { lines = [], ...fields } = overrides;
  const n = nextSequence();
  const bid = await db.bid.create({
    data: { label: `Bid ${n}`, implementationFee: 50000, oversightPerMonth: 5000, fte: 10, turnoverRate: "0.3", ...fields },
  });
  const created: BidLine[] = [];
  for (const line of lines) {
    created.push(await createBidLine(db, { ...line, organizationId: bid.organizationId, bidId: bid.id }));
  }
  return { ...bid, lines: created };
}

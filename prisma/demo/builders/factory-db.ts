import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Row builders run against a plain client (tests) and inside the seed's interactive
// transaction, whose client lacks $connect/$transaction; both fit this type.
export type FactoryDb = PrismaClient | Prisma.TransactionClient;

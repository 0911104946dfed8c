import type { Prisma, User } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/server/auth/password";
import type { FactoryDb } from "./factory-db";
import { nextSequence } from "./sequence";

export const DEFAULT_TEST_PASSWORD = "correct-horse-battery-staple";

export type UserOverrides = Omit<Partial<Prisma.UserUncheckedCreateInput>, "passwordHash"> & {
  organizationId: string;
  role: Role;
  /** Plain text; stored only as its argon2id hash. */
  password?: string;
};

export async function createUser(db: FactoryDb, overrides: UserOverrides): Promise<User> {
  const { password = DEFAULT_TEST_PASSWORD, ...fields } = overrides;
  const n = nextSequence();
  return db.user.create({
    data: {
      email: `user-${n}@test.example`,
      name: `Test User ${n}`,
      ...fields,
      passwordHash: await hashPassword(password),
    },
  });
}

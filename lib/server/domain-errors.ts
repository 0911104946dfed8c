import "server-only";

/** The row does not exist in the caller's organisation (another organisation's row is "not found" too). */
export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found.`);
  }
}

/** Someone saved a newer version since the caller loaded the row. */
export class VersionConflictError extends Error {
  constructor(readonly entity: string, readonly currentVersion: number) {
    super(`This ${entity.toLowerCase()} was changed by someone else since you opened it. Reload to see their changes.`);
  }
}

/** The input clashes with an existing row on a unique field, e.g. a second vendor of the same name. */
export class DuplicateError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** True for Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

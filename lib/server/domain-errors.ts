import "server-only";
import { formatDateTime } from "@/lib/format";

/** The row does not exist in the caller's organisation (another organisation's row is "not found" too). */
export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found. It may have been removed by someone else.`);
  }
}

/** Who saved the newer version, and when (from the audit trail). */
export interface LastChange {
  /** "Dana Reyes (dana@hospital.example)", or null when the trail does not say. */
  by: string | null;
  at: Date;
}

/** Someone saved a newer version since the caller loaded the row. */
export class VersionConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly currentVersion: number,
    readonly lastChange: LastChange,
  ) {
    super(
      `${lastChange.by ?? "Someone else"} changed this ${entity.toLowerCase()} on ${formatDateTime(lastChange.at)}, after you opened it. ` +
        "Nothing was saved: reload to see their changes, then make yours again.",
    );
  }
}

/** The input clashes with an existing row on a unique field, e.g. a second vendor of the same name. */
export class DuplicateError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** A change the data does not allow, e.g. deleting a vendor that bids reference; `field` when one input is to blame. */
export class RuleViolationError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

/**
 * The Monte Carlo pool cannot take the run now: the caller already has as many runs as a user
 * may (429), or the pool's queue is full or the run took too long (503). Try again after
 * retryAfterSeconds.
 */
export class BusyError extends Error {
  constructor(
    readonly status: 429 | 503,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The request asks for more work than one request may do; `field` is the input to lower. */
export class WorkLimitError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** True for Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** How a domain error is told to the caller: the API's status and code, or a form's message. */
export interface DomainErrorReply {
  status: 400 | 404 | 409 | 422 | 429 | 503;
  code: "validation_failed" | "not_found" | "version_conflict" | "duplicate" | "rule_violation" | "too_many_requests" | "busy";
  message: string;
  /** Field name → message, for the field to blame (form) or the `fields` of the API error. */
  fields?: Record<string, string>;
  /** The form should offer to reload the record (a newer version exists). */
  reload?: boolean;
  /** The record's version now, on a version conflict. */
  currentVersion?: number;
  /** Response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
}

/** The one mapping of domain errors for forms and the API; null for anything else (a bug: log it, answer 500). */
export function describeDomainError(error: unknown): DomainErrorReply | null {
  if (error instanceof NotFoundError) return { status: 404, code: "not_found", message: error.message };
  if (error instanceof VersionConflictError) {
    return { status: 409, code: "version_conflict", message: error.message, fields: { version: `Current version is ${error.currentVersion}.` }, reload: true, currentVersion: error.currentVersion };
  }
  if (error instanceof DuplicateError) return { status: 409, code: "duplicate", message: error.message, fields: { [error.field]: error.message } };
  if (error instanceof RuleViolationError) {
    return { status: 422, code: "rule_violation", message: error.message, ...(error.field ? { fields: { [error.field]: error.message } } : {}) };
  }
  if (error instanceof WorkLimitError) return { status: 400, code: "validation_failed", message: error.message, fields: { [error.field]: error.message } };
  if (error instanceof BusyError) {
    return { status: error.status, code: error.status === 429 ? "too_many_requests" : "busy", message: error.message, headers: { "Retry-After": String(error.retryAfterSeconds) } };
  }
  return null;
}

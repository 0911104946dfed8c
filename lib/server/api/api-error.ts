import "server-only";
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { zodFieldErrors } from "@/lib/schemas/zod-field-errors";

/** An error with the status and body PRODUCT.md "API" promises: { error: { code, message, fields? } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorResponse(error: ApiError): NextResponse {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return NextResponse.json(body, { status: error.status, headers: error.headers });
}

export function validationError(error: ZodError): ApiError {
  return new ApiError(400, "validation_failed", "The request body is invalid.", zodFieldErrors(error));
}

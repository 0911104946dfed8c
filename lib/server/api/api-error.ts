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
    /** On a 409 version conflict: the record's version now, so a client can reload and retry. */
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

export function errorResponse(error: ApiError): NextResponse {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.currentVersion !== undefined ? { currentVersion: error.currentVersion } : {}),
    },
  };
  return NextResponse.json(body, { status: error.status, headers: error.headers });
}

export function validationError(error: ZodError, message = "The request body is invalid."): ApiError {
  return new ApiError(400, "validation_failed", message, zodFieldErrors(error));
}

/** The answer to an unexpected error: no stack, no message from inside, only the id to quote. */
export function internalErrorResponse(requestId: string): NextResponse {
  const body = { error: { code: "internal", message: "Something went wrong on our side. Quote the request id if you report it.", requestId } };
  return NextResponse.json(body, { status: 500 });
}

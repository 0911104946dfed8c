import "server-only";
import { NextResponse } from "next/server";
import type { ZodError } from "zod";

/** An error with the status and body PRODUCT.md "API" promises: { error: { code, message, fields? } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorResponse(error: ApiError): NextResponse {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return NextResponse.json(body, { status: error.status });
}

/** Field path → first message, e.g. { "bids.0.lines.1.rate": "Must be at least 0" }. */
export function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(body)";
    fields[path] ??= issue.message;
  }
  return fields;
}

export function validationError(error: ZodError): ApiError {
  return new ApiError(400, "validation_failed", "The request body is invalid.", zodFields(error));
}

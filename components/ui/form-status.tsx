"use client";

import type { FormMetadata } from "@conform-to/react";
import type { FormReply } from "@/lib/form-reply";

/**
 * The form-level outcome in a live region: errors that belong to no single field (a
 * version conflict, with a reload button; wrong credentials), or a success notice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function FormStatus({ form, reply }: { form: FormMetadata<any, string[]>; reply: FormReply | undefined }) {
  const errors = form.errors ?? [];
  const notice = errors.length === 0 && reply?.status === "success" ? reply.notice : undefined;
  return (
    <div role="status" aria-live="polite" id={form.errorId}>
      {errors.length > 0 && (
        <div className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
          {reply?.reload && (
            <button type="button" onClick={() => window.location.reload()} className="mt-2 rounded-md border border-red-300 bg-white px-3 py-1 font-medium hover:bg-red-100">
              Reload the latest version
            </button>
          )}
        </div>
      )}
      {notice && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{notice}</p>}
    </div>
  );
}

"use client";

import { useState, useTransition } from "react";
import { duplicateEvaluationAction } from "@/app/(app)/evaluations/[id]/actions";

/** "Duplicate as a new draft": copies scope, assumptions and bids (not the decision) and opens the copy. */
export function DuplicateEvaluationButton({ evaluationId }: { evaluationId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await duplicateEvaluationAction(evaluationId, {});
            if (!result.ok) setError(result.message);
          })
        }
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? "Duplicating…" : "Duplicate as a new draft"}
      </button>
      <p role="status" aria-live="polite" className="text-xs text-red-800">
        {error}
      </p>
    </div>
  );
}

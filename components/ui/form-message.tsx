import type { FormState } from "@/lib/server/actions/form-state";

/** The form-level outcome, in a live region so screen readers hear it. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div role="status" aria-live="polite">
      {state.message && (
        <p
          className={`rounded-md px-3 py-2 text-sm ${
            state.status === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"
          }`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}

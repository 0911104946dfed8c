"use client";

import { useState, useTransition } from "react";
import type { CommandResult } from "@/lib/server/actions/command-action";

/** Revokes a token after a confirmation; its next request is refused (401). */
export function RevokeTokenButton({ tokenId, name, action }: { tokenId: string; name: string; action: (tokenId: string, input: object) => Promise<CommandResult<void>> }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const button = "rounded-md border px-2 py-1 text-sm disabled:opacity-60";
  return (
    <div className="space-y-1">
      {!confirming ? (
        <button type="button" className={`${button} border-slate-300 hover:bg-slate-100`} onClick={() => setConfirming(true)}>
          Revoke<span className="sr-only"> {name}</span>
        </button>
      ) : (
        <div role="group" aria-label={`Confirm revoking ${name}`} className="flex flex-wrap items-center gap-2 text-sm">
          <span>Whatever uses it stops working at once.</span>
          <button
            type="button"
            disabled={pending}
            className={`${button} border-red-700 bg-red-700 text-white hover:bg-red-800`}
            onClick={() =>
              start(async () => {
                const result = await action(tokenId, {});
                setConfirming(false);
                setError(result.ok ? null : result.message);
              })
            }
          >
            {pending ? "Revoking…" : `Revoke ${name}`}
          </button>
          <button type="button" className={`${button} border-slate-300`} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" className="text-xs text-red-800">
        {error}
      </p>
    </div>
  );
}

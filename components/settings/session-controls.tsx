"use client";

import { useState, useTransition } from "react";
import type { CommandResult } from "@/lib/server/actions/command-action";

/** "End" for one session; ending this device's session signs out here. */
export function EndSessionButton({ sessionId, current, action }: { sessionId: string; current: boolean; action: (sessionId: string, input: object) => Promise<CommandResult<void>> }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await action(sessionId, {});
            if (!result.ok) setError(result.message);
          })
        }
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? "Ending…" : current ? "Sign out here" : "End session"}
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-xs text-red-800">
        {error}
      </span>
    </span>
  );
}

/** Ends every session of the user, this one too. */
export function SignOutEverywhereButton({ action }: { action: (input: object) => Promise<CommandResult<void>> }) {
  const [pending, start] = useTransition();
  return (
    <button type="button" disabled={pending} onClick={() => start(async () => void (await action({})))} className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
      {pending ? "Signing out…" : "Sign out everywhere"}
    </button>
  );
}

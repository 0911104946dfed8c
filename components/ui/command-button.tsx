"use client";

import { useState, useTransition } from "react";
import type { CommandResult } from "@/lib/server/actions/command-action";

interface CommandButtonProps {
  /** A command action with its ids bound; called with `input`. */
  action: (input: unknown) => Promise<CommandResult<unknown>>;
  input?: unknown;
  label: string;
  pendingLabel: string;
  /** Asked in a disclosure before the action runs (a removal). */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
}

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
} as const;

/** A one-click server command (no form): pending state, and the refusal said next to the button. */
export function CommandButton({ action, input = {}, label, pendingLabel, confirm, variant = "secondary" }: CommandButtonProps) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      setError(null);
      const result = await action(input);
      if (!result.ok) setError(result.message);
    });
  const button = (text: string, className: string) => (
    <button type="button" disabled={pending} aria-busy={pending || undefined} onClick={run} className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-wait disabled:opacity-60 ${className}`}>
      {pending ? pendingLabel : text}
    </button>
  );
  return (
    <div className="inline-flex flex-col items-start gap-1">
      {confirm ? (
        <details className="relative">
          <summary className={`cursor-pointer list-none rounded-md px-3 py-1.5 text-sm font-medium ${variants[variant]}`}>{label}…</summary>
          <div className="absolute right-0 z-10 mt-2 w-72 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
            <p className="mb-2">{confirm}</p>
            {button(`Yes, ${label.charAt(0).toLowerCase()}${label.slice(1)}`, "bg-red-700 text-white hover:bg-red-800")}
          </div>
        </details>
      ) : (
        button(label, variants[variant])
      )}
      <p role="status" aria-live="polite" className="text-xs text-red-800">
        {error}
      </p>
    </div>
  );
}

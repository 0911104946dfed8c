import type { ReactNode } from "react";

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  /** What the button says while the server works, e.g. "Saving…". */
  pendingLabel: string;
  variant?: "primary" | "danger" | "secondary";
  className?: string;
  /** For a button that submits a form it sits outside of. */
  form?: string;
}

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
} as const;

/** Disabled while the form is pending, so one click (or Enter) saves once; aria-busy tells screen readers why. */
export function SubmitButton({ pending, children, pendingLabel, variant = "primary", className = "", form }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      form={form}
      disabled={pending}
      aria-busy={pending || undefined}
      className={`rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-wait disabled:opacity-60 ${variants[variant]} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

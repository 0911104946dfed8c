import type { ReactNode } from "react";

/** A numbered section of the decision report; kept whole on a page where it fits. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="report-section break-inside-avoid-page">
      <h2 id={`${id}-heading`} className="mb-2 border-b border-slate-300 pb-1 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

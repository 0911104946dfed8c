import type { ReactNode } from "react";

interface ChartFrameProps {
  id: string;
  title: string;
  /** One sentence on how to read the chart. */
  description: string;
  children: ReactNode;
  /** The same numbers as a table, behind a disclosure: for screen readers and for copying. */
  table: ReactNode;
  /** Show the table outright (and on paper) rather than behind the disclosure: the report. */
  tableOpen?: boolean;
}

/**
 * A chart with its title, a sentence on how to read it, and its data table. The figure is
 * labelled by the title and described by the sentence; the drawing itself is decoration for
 * screen readers, which get the table.
 */
export function ChartFrame({ id, title, description, children, table, tableOpen = false }: ChartFrameProps) {
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:border-slate-400 print:shadow-none">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p id={`${id}-description`} className="mb-3 mt-0.5 text-sm text-slate-600">
        {description}
      </p>
      {children}
      {tableOpen ? (
        <div className="mt-3 overflow-x-auto text-sm">{table}</div>
      ) : (
        <details className="mt-3 text-sm print:hidden">
          <summary className="cursor-pointer font-medium text-brand-800">Data table: {title}</summary>
          <div className="mt-2 overflow-x-auto">{table}</div>
        </details>
      )}
    </figure>
  );
}

/** Placeholder the size of a chart while its code or data loads. */
export function ChartPlaceholder({ height, label }: { height: number; label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center justify-center rounded-md bg-slate-50 text-sm text-slate-500" style={{ height }}>
      <span className="animate-pulse">{label}</span>
    </div>
  );
}

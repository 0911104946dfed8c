/** Placeholder while a dashboard panel loads. */
export function PanelSkeleton({ title }: { title: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-busy="true">
      <div className="mb-3 text-base font-semibold text-slate-900">{title}</div>
      <div className="space-y-2" aria-hidden="true">
        <div className="h-4 w-3/4 animate-pulse rounded bg-slate-100" />
        <div className="h-4 w-1/2 animate-pulse rounded bg-slate-100" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100" />
      </div>
      <span className="sr-only">Loading {title.toLowerCase()}…</span>
    </div>
  );
}

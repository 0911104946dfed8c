export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-3">
      <div className="h-7 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-96 animate-pulse rounded bg-slate-100" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}

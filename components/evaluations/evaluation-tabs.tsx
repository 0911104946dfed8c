"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { evaluationViewHref } from "@/components/evaluations/view-href";

const TABS = [
  { view: "overview", label: "Overview and ranking" },
  { view: "tco", label: "TCO and uncertainty" },
  { view: "bids", label: "Bids" },
  { view: "decision", label: "Decision and history" },
] as const;

/** The evaluation's views as tabs (links, so each view has its own URL and the back button works). */
export function EvaluationTabs({ evaluationId, current }: { evaluationId: string; current: (typeof TABS)[number]["view"] }) {
  const search = useSearchParams();
  return (
    <nav aria-label="Evaluation views" className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => {
          const active = tab.view === current;
          return (
            <li key={tab.view}>
              <Link
                href={evaluationViewHref(evaluationId, tab.view, search)}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm font-medium ${active ? "border-slate-200 border-b-white bg-white text-brand-800" : "border-transparent text-slate-600 hover:bg-slate-100"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

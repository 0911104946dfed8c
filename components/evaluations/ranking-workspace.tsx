"use client";

import { useEffect, useMemo, useState, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { saveEvaluationWeights } from "@/app/(app)/evaluations/[id]/actions";
import { RankingTable } from "@/components/evaluations/ranking-table";
import { RankAcceptability, WeightStability } from "@/components/evaluations/weight-stability";
import { WeightEditor } from "@/components/evaluations/weight-editor";
import type { EvaluationResults } from "@/lib/evaluation/evaluation-results";
import { rankingUnder } from "@/lib/evaluation/ranking";
import { encodeWeights, sameWeights, setPercentage } from "@/lib/evaluation/weights";

interface RankingWorkspaceProps {
  results: EvaluationResults;
  /** The stored weights as whole percentages, in the results' criteria order. */
  savedWeights: number[];
  /** Unsaved weights from the URL (?w=), when a link carries them. */
  urlWeights: number[] | null;
  /** Procurement and Admin, while the evaluation is not decided; the server checks again. */
  canSave: boolean;
  /** Why the weights cannot be saved, shown instead of the save button (e.g. a recorded decision). */
  readOnlyReason: string | null;
}

type SaveStatus = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string; conflict: boolean };

/**
 * The weight editor and everything that moves with it: the ranking, the weight stability and
 * the probability of ranking first, recomputed in the browser on every change (no server round
 * trip). Unsaved weights live in the URL so a link shows the same ranking.
 */
export function RankingWorkspace({ results, savedWeights, urlWeights, canSave, readOnlyReason }: RankingWorkspaceProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [weights, setWeights] = useState<number[]>(urlWeights ?? savedWeights);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [saving, startSaving] = useTransition();
  const ranking = useMemo(() => rankingUnder(results, weights), [results, weights]);
  const dirty = !sameWeights(weights, savedWeights);
  const changed = new Set(results.criteria.filter((_, i) => weights[i] !== savedWeights[i]).map((c) => c.key));

  // Mirror unsaved weights into the URL (replace, so Back leaves the page rather than undoing drags).
  useEffect(() => {
    const timer = setTimeout(() => {
      const current = window.location.search.replace(/^\?/, "");
      const params = new URLSearchParams(current);
      if (dirty) params.set("w", encodeWeights(weights));
      else params.delete("w");
      const next = params.toString();
      if (next !== current) router.replace(`${pathname}${next ? `?${next}` : ""}`, { scroll: false });
    }, 250);
    return () => clearTimeout(timer);
  }, [weights, dirty, pathname, router]);

  const change = (index: number, value: number) => {
    setStatus({ kind: "idle" });
    setWeights((current) => setPercentage(current, index, value));
  };

  const save = () =>
    startSaving(async () => {
      const result = await saveEvaluationWeights(results.evaluationId, {
        weights: Object.fromEntries(results.criteria.map((c, i) => [c.key, weights[i]])),
        version: results.version,
      });
      if (result.ok) {
        setStatus({ kind: "saved" });
        router.refresh();
      } else setStatus({ kind: "error", message: result.message, conflict: result.reload === true });
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[300px_minmax(0,1fr)]">
      <section aria-labelledby="weights-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:self-start print:hidden">
        <h2 id="weights-heading" className="text-base font-semibold text-slate-900">
          Criterion weights
        </h2>
        <p className="mb-3 mt-0.5 text-xs text-slate-600">Move a weight and the ranking updates at once. Unsaved weights stay in the page&apos;s link.</p>
        <WeightEditor criteria={results.criteria} weights={weights} onChange={change} changed={changed} />
        <div className="mt-4 flex flex-wrap gap-2">
          {canSave && (
            <button type="button" onClick={save} disabled={!dirty || saving} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-50">
              {saving ? "Saving…" : "Save weights"}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setStatus({ kind: "idle" });
              setWeights(savedWeights);
            }}
            disabled={!dirty}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50"
          >
            Reset to saved
          </button>
        </div>
        {readOnlyReason && <p className="mt-2 text-xs text-slate-600">{readOnlyReason}</p>}
        <div role="status" aria-live="polite" className="mt-2 text-sm">
          {status.kind === "saved" && !dirty && <p className="text-emerald-800">Weights saved.</p>}
          {status.kind === "error" && (
            <p className="text-red-800">
              {status.message}{" "}
              {status.conflict && (
                <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
                  Reload
                </button>
              )}
            </p>
          )}
        </div>
      </section>

      <div className="min-w-0 space-y-6">
        <section aria-labelledby="ranking-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-4">
            <h2 id="ranking-heading" className="text-base font-semibold text-slate-900">
              Ranking
            </h2>
            {dirty && <p className="text-xs font-medium text-amber-800">Ranked with unsaved weights</p>}
          </div>
          <p id="ranking-note" className="px-4 pb-2 text-xs text-slate-600">
            Weighted score 0–100 on fixed benchmark scales (MODEL.md §4); TCO and payback over the {results.termMonths}-month term against today&apos;s arrangement.
          </p>
          <RankingTable rows={ranking.rows} termMonths={results.termMonths} />
          {results.withdrawn.length > 0 && (
            <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
              Withdrawn, not ranked: {results.withdrawn.map((w) => `${w.label} (${w.vendorName})`).join("; ")}.
            </p>
          )}
        </section>
        <div className="grid gap-6 xl:grid-cols-2">
          <WeightStability ranking={ranking} />
          <RankAcceptability ranking={ranking} />
        </div>
      </div>
    </div>
  );
}

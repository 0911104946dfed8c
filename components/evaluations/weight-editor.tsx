"use client";

import { formatWholePercent } from "@/lib/format";

interface WeightEditorProps {
  criteria: { key: string; label: string }[];
  /** Whole percentages in the criteria's order, totalling 100. */
  weights: number[];
  onChange: (index: number, value: number) => void;
  /** Keys whose weight differs from the saved one. */
  changed: ReadonlySet<string>;
}

/**
 * One slider and one number box per criterion, both labelled and keyboard-usable (arrows,
 * Page Up/Down, Home/End on the slider). Moving one rescales the others so the total stays 100 %.
 */
export function WeightEditor({ criteria, weights, onChange, changed }: WeightEditorProps) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Criterion weights, in percent of the total</legend>
      {criteria.map((criterion, i) => {
        const id = `weight-${criterion.key}`;
        return (
          <div key={criterion.key}>
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor={id} className="text-sm font-medium text-slate-800">
                {criterion.label}
                {changed.has(criterion.key) && <span className="ml-1 text-xs font-normal text-amber-700">(changed)</span>}
              </label>
              <span className="flex items-center gap-1">
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  inputMode="numeric"
                  aria-label={`${criterion.label} weight in percent`}
                  value={weights[i]}
                  onChange={(e) => e.target.value !== "" && onChange(i, Number(e.target.value))}
                  className="w-16 rounded-md border border-slate-300 px-2 py-0.5 text-right text-sm"
                />
                <span aria-hidden="true" className="text-sm text-slate-600">%</span>
              </span>
            </div>
            <input
              id={id}
              type="range"
              min={0}
              max={100}
              step={1}
              value={weights[i]}
              aria-valuetext={`${formatWholePercent(weights[i] / 100)} of the total weight`}
              onChange={(e) => onChange(i, Number(e.target.value))}
              className="mt-1 w-full accent-brand-700"
            />
          </div>
        );
      })}
      <p className="flex justify-between border-t border-slate-200 pt-2 text-sm font-medium text-slate-800">
        <span>Total</span>
        <span>{total}%</span>
      </p>
    </fieldset>
  );
}

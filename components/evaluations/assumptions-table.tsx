"use client";

import type { ReactNode } from "react";
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { controlBorder } from "@/components/ui/field-frame";
import { isFractionAssumption } from "@/lib/schemas/evaluation-form";
import { formatUncertainAssumption } from "@/components/evaluations/assumption-format";
import type { AssumptionChoice } from "@/lib/server/queries/evaluation-form-data";

type Part = "low" | "mode" | "high";
const PARTS: { part: Part; label: string }[] = [
  { part: "low", label: "Low" },
  { part: "mode", label: "Likely" },
  { part: "high", label: "High" },
];

/** What a row needs: which assumption, its label and unit. */
type AssumptionRow = Pick<AssumptionChoice, "name" | "label" | "unit">;

interface AssumptionsTableProps<Row extends AssumptionRow> {
  assumptions: Row[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fields: Record<string, FieldMetadata<{ low?: unknown; mode?: unknown; high?: unknown } | undefined, any, string[]>>;
  /** The source column's cell: where the value comes from (AssumptionSource), or an input for it (Settings). */
  renderSource: (assumption: Row) => ReactNode;
}

/** Every MODEL.md §5 assumption as a row: low, likely and high inputs (likely alone = a point) and where the value comes from. */
export function AssumptionsTable<Row extends AssumptionRow>({ assumptions, fields, renderSource }: AssumptionsTableProps<Row>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">Assumptions: low, likely and high values with their sources</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Assumption
            </th>
            {PARTS.map(({ label }) => (
              <th key={label} scope="col" className="w-28 px-2 py-2 font-medium">
                {label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {assumptions.map((assumption) => {
            const parts = fields[assumption.name].getFieldset();
            const percent = isFractionAssumption(assumption.name);
            const errors = PARTS.flatMap(({ part }) => parts[part].errors ?? []);
            const unit = percent ? "%" : assumption.unit;
            return (
              <tr key={assumption.name} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="block font-medium text-slate-900">{assumption.label}</span>
                  <span className="text-xs text-slate-500">{percent ? assumption.unit.replace(/^fraction/, "%") : assumption.unit}</span>
                  {errors.length > 0 && (
                    <span id={`${parts.mode.id}-errors`} className="mt-1 block text-sm text-red-700">
                      {[...new Set(errors)].join(" ")}
                    </span>
                  )}
                </th>
                {PARTS.map(({ part, label }) => (
                  <td key={part} className="px-2 py-2">
                    <input
                      {...getInputProps(parts[part], { type: "number", ariaAttributes: false })}
                      aria-label={`${assumption.label}: ${label.toLowerCase()} (${unit})`}
                      aria-invalid={parts[part].errors ? true : undefined}
                      aria-describedby={errors.length > 0 ? `${parts.mode.id}-errors` : undefined}
                      step="any"
                      inputMode="decimal"
                      className={`block w-full rounded-md border px-2 py-1.5 text-sm shadow-sm ${controlBorder(!!parts[part].errors)}`}
                    />
                  </td>
                ))}
                <td className="px-3 py-2 text-xs text-slate-600">{renderSource(assumption)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Where an evaluation's assumption comes from, and the organisation's default when the evaluation departs from it. */
export function AssumptionSource({ assumption }: { assumption: AssumptionChoice }) {
  return (
    <>
      {assumption.source}
      {assumption.source === "Set for this evaluation" && <span className="block">Organisation default: {formatUncertainAssumption(assumption.name, assumption.organizationValue)}</span>}
    </>
  );
}

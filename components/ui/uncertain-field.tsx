import type { ReactNode } from "react";
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { controlBorder, FieldError } from "@/components/ui/field-frame";

interface UncertainFieldProps {
  /** Conform's metadata of a { low, mode, high } field (lib/schemas/uncertain-input). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<{ low?: unknown; mode?: unknown; high?: unknown } | undefined, any, string[]>;
  label: string;
  /** The unit after each number, e.g. "%" or "USD". */
  unit?: ReactNode;
  hint?: ReactNode;
  /** "likely" alone is a point; low and high both make a range. Placeholder for "likely" (e.g. the value that applies when blank). */
  placeholder?: string;
  /** Hide low and high behind a disclosure until used (dense forms). */
  compact?: boolean;
  step?: number | "any";
}

/**
 * A number or a low–likely–high range (MODEL.md §5 "Uncertainty"): the likely value alone is a
 * point; entering both ends makes a triangular range. Each input is labelled; errors sit under
 * the part they concern.
 */
export function UncertainField({ meta, label, unit, hint, placeholder, compact = false, step = "any" }: UncertainFieldProps) {
  const parts = meta.getFieldset();
  const hasRange = Boolean(parts.low.initialValue || parts.high.initialValue || parts.low.errors || parts.high.errors);
  const input = (part: "low" | "mode" | "high", partLabel: string, partPlaceholder?: string) => {
    const field = parts[part];
    return (
      <div className="min-w-0 flex-1">
        <label htmlFor={field.id} className="block text-xs text-slate-600">
          {partLabel}
        </label>
        <div className={`flex items-stretch overflow-hidden rounded-md border bg-white shadow-sm focus-within:border-brand-600 ${controlBorder(!!field.errors)}`}>
          <input {...getInputProps(field, { type: "number" })} step={step} inputMode="decimal" placeholder={partPlaceholder} className="block w-full min-w-0 px-2 py-1.5 text-sm focus:outline-none" />
          {unit && <span className="flex items-center bg-slate-50 px-2 text-xs whitespace-nowrap text-slate-600">{unit}</span>}
        </div>
        <FieldError meta={field} />
      </div>
    );
  };
  const ends = (
    <div className="flex gap-2">
      {input("low", "Low")}
      {input("high", "High")}
    </div>
  );
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {compact ? (
        <div className="mt-1 space-y-1">
          {input("mode", "Likely", placeholder)}
          <details open={hasRange} className="text-xs">
            <summary className="cursor-pointer text-brand-800">Range (low–high)</summary>
            <div className="mt-1">{ends}</div>
          </details>
        </div>
      ) : (
        <div className="mt-1 flex gap-2">
          {input("low", "Low")}
          {input("mode", "Likely", placeholder)}
          {input("high", "High")}
        </div>
      )}
    </fieldset>
  );
}

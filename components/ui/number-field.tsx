import type { ReactNode } from "react";
import { getInputProps } from "@conform-to/react";
import { controlBorder, FieldFrame, hintId, type FieldProps } from "@/components/ui/field-frame";

export interface NumberFieldProps extends FieldProps {
  /** Shown before the number, e.g. "$". */
  prefix?: ReactNode;
  /** Shown after the number, e.g. "%" or "per month". */
  suffix?: ReactNode;
  step?: number | "any";
  min?: number;
  max?: number;
  /** "numeric" for whole numbers; "decimal" otherwise. */
  inputMode?: "numeric" | "decimal";
  placeholder?: string;
}

/**
 * A labelled number input with an optional unit before or after it. Units are outside the
 * input (visible, and read out via aria-describedby), so the value stays a plain number.
 */
export function NumberField({ meta, label, hint, className, prefix, suffix, step = "any", min, max, inputMode = "decimal", placeholder }: NumberFieldProps) {
  const unitId = prefix || suffix ? `${meta.id}-unit` : undefined;
  const describedBy = [hintId(meta, hint), unitId].filter(Boolean).join(" ") || undefined;
  return (
    <FieldFrame meta={meta} label={label} hint={hint} className={className}>
      <div className={`mt-1 flex items-stretch overflow-hidden rounded-md border bg-white shadow-sm focus-within:border-brand-600 ${controlBorder(!!meta.errors)}`}>
        {prefix && (
          <span id={unitId} className="flex items-center bg-slate-50 px-3 text-sm text-slate-600">
            {prefix}
          </span>
        )}
        <input
          {...getInputProps(meta, { type: "number", ariaDescribedBy: describedBy })}
          step={step}
          min={min ?? meta.min}
          max={max ?? meta.max}
          inputMode={inputMode}
          placeholder={placeholder}
          className="block w-full min-w-0 px-3 py-2 text-sm focus:outline-none"
        />
        {suffix && (
          <span id={prefix ? undefined : unitId} className="flex items-center bg-slate-50 px-3 text-sm whitespace-nowrap text-slate-600">
            {suffix}
          </span>
        )}
      </div>
    </FieldFrame>
  );
}

import { getInputProps } from "@conform-to/react";
import { controlBorder, controlClass, FieldFrame, hintId, type FieldProps } from "@/components/ui/field-frame";

/** A calendar date; the browser submits it as YYYY-MM-DD. */
export function DateField({ meta, label, hint, className, min, max }: FieldProps & { min?: string; max?: string }) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint} className={className}>
      <input
        {...getInputProps(meta, { type: "date", ariaDescribedBy: hintId(meta, hint) })}
        min={min}
        max={max}
        className={`${controlClass} ${controlBorder(!!meta.errors)} sm:max-w-xs`}
      />
    </FieldFrame>
  );
}

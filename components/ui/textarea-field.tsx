import { getTextareaProps } from "@conform-to/react";
import { controlBorder, controlClass, FieldFrame, hintId, type FieldProps } from "@/components/ui/field-frame";

export function TextareaField({ meta, label, hint, className, rows = 4, placeholder }: FieldProps & { rows?: number; placeholder?: string }) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint} className={className}>
      <textarea
        {...getTextareaProps(meta, { ariaDescribedBy: hintId(meta, hint) })}
        rows={rows}
        placeholder={placeholder}
        className={`${controlClass} ${controlBorder(!!meta.errors)}`}
      />
    </FieldFrame>
  );
}

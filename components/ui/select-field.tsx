import { getSelectProps } from "@conform-to/react";
import { controlBorder, controlClass, FieldFrame, hintId, type FieldProps } from "@/components/ui/field-frame";

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldProps {
  options: readonly Option[];
  /** A first, empty choice ("Choose…") for fields without a sensible default. */
  placeholder?: string;
}

export function SelectField({ meta, label, hint, className, options, placeholder }: SelectFieldProps) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint} className={className}>
      <select {...getSelectProps(meta, { ariaDescribedBy: hintId(meta, hint) })} className={`${controlClass} ${controlBorder(!!meta.errors)}`}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

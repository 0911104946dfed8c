import { getCollectionProps } from "@conform-to/react";
import { FieldError, type FieldProps } from "@/components/ui/field-frame";
import type { Option } from "@/components/ui/select-field";

interface CheckboxGroupProps extends FieldProps {
  options: readonly Option[];
  columns?: 1 | 2 | 3;
}

const gridColumns = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" } as const;

/** A fieldset of checkboxes for a list field; the legend names it and the error is announced with it. */
export function CheckboxGroup({ meta, label, hint, className, options, columns = 2 }: CheckboxGroupProps) {
  const describedBy = [hint ? meta.descriptionId : null, meta.errors ? meta.errorId : null].filter(Boolean).join(" ") || undefined;
  const labels = new Map(options.map((option) => [option.value, option.label]));
  return (
    <fieldset className={className} aria-describedby={describedBy} aria-invalid={meta.errors ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint && (
        <p id={meta.descriptionId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className={`mt-2 grid gap-2 ${gridColumns[columns]}`}>
        {getCollectionProps(meta, { type: "checkbox", options: options.map((option) => option.value), ariaAttributes: false }).map(({ key, ...props }) => (
          <label key={key} className="flex items-center gap-2 text-sm">
            <input {...props} className="h-4 w-4" />
            {labels.get(props.value)}
          </label>
        ))}
      </div>
      <FieldError meta={meta} />
    </fieldset>
  );
}

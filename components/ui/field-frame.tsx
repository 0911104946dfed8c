import type { ReactNode } from "react";
import type { FieldMetadata } from "@conform-to/react";

/** What every form field primitive takes: Conform's metadata of the field, a label, an optional hint. */
export interface FieldProps {
  // Conform's metadata is generic over the form's schema; a primitive only reads ids, errors and initial values.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, string[]>;
  label: string;
  /** Help under the label (units, format, a definition); read out with the field. */
  hint?: ReactNode;
  className?: string;
}

export const controlClass = "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600";

/** Border colour that marks an invalid control as well as aria-invalid does. */
export function controlBorder(invalid: boolean): string {
  return invalid ? "border-red-600" : "border-slate-300";
}

/** aria-describedby's extra id for the hint (Conform adds the error's id itself). */
export function hintId(meta: FieldProps["meta"], hint: ReactNode): string | undefined {
  return hint ? meta.descriptionId : undefined;
}

/** Label, hint and error around one control; the error is tied to it by aria-describedby. */
export function FieldFrame({ meta, label, hint, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={meta.descriptionId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {children}
      <FieldError meta={meta} />
    </div>
  );
}

export function FieldError({ meta }: { meta: FieldProps["meta"] }) {
  if (!meta.errors?.length) return null;
  return (
    <p id={meta.errorId} className="mt-1 text-sm text-red-700">
      {meta.errors.join(" ")}
    </p>
  );
}

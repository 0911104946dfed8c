import type { InputHTMLAttributes } from "react";
import { getInputProps } from "@conform-to/react";
import { controlBorder, controlClass, FieldFrame, hintId, type FieldProps } from "@/components/ui/field-frame";

type TextInputAttributes = Pick<InputHTMLAttributes<HTMLInputElement>, "autoComplete" | "placeholder" | "inputMode" | "autoFocus" | "spellCheck">;

interface TextFieldProps extends FieldProps, TextInputAttributes {
  type?: "text" | "email" | "url" | "password" | "search" | "tel";
}

/** A labelled text input (email, url and password too) bound to a Conform field. */
export function TextField({ meta, label, hint, className, type = "text", ...input }: TextFieldProps) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint} className={className}>
      <input
        {...getInputProps(meta, { type, ariaDescribedBy: hintId(meta, hint) })}
        {...input}
        className={`${controlClass} ${controlBorder(!!meta.errors)}`}
      />
    </FieldFrame>
  );
}

import { NumberField, type NumberFieldProps } from "@/components/ui/number-field";

/**
 * A rate entered in percent ("27.5" for 0.275). The field's schema wraps the fraction rule
 * with percentInput(), and its default value comes from percentInputFromFraction (lib/format).
 */
export function PercentField({ step = 0.1, min = 0, max = 100, ...props }: Omit<NumberFieldProps, "prefix" | "suffix" | "inputMode">) {
  return <NumberField {...props} step={step} min={min} max={max} suffix="%" inputMode="decimal" />;
}

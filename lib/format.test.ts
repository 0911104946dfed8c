import { describe, expect, it } from "vitest";
import { formatCode, formatDate, formatMoney, formatMoneyCompact, formatPercent, formatWholePercent, fractionFromPercentInput, percentInputFromFraction } from "@/lib/format";

describe("display formatting", () => {
  it("formats money without cents and fractions as percentages", () => {
    expect(formatMoney(1234567.89)).toBe("$1,234,568");
    expect(formatMoney({ toString: () => "57.23" })).toBe("$57");
    expect(formatPercent(0.14)).toBe("14.0%");
    expect(formatPercent(null)).toBe("—");
  });

  it("compact money for chart axes and whole percentages for weights", () => {
    expect(formatMoneyCompact(45_858_722)).toBe("$45.9M");
    expect(formatMoneyCompact(-1_250_000)).toBe("-$1.3M");
    expect(formatWholePercent(0.3125)).toBe("31%");
  });

  it("shows calendar dates in UTC, so a stored date never shifts a day", () => {
    expect(formatDate(new Date("2026-12-01T00:00:00Z"))).toBe("Dec 1, 2026");
  });

  it("spells enum codes the way people write them", () => {
    expect(formatCode("SOC2_TYPE_II")).toBe("SOC 2 Type II");
    expect(formatCode("AR_FOLLOW_UP")).toBe("A/R follow-up");
    expect(formatCode("PRIOR_AUTHORIZATION")).toBe("Prior authorization");
  });

  it("shows a stored fraction in a percent field without float noise, and reads it back", () => {
    expect(percentInputFromFraction(0.275)).toBe("27.5");
    expect(percentInputFromFraction({ toString: () => "0.143000" })).toBe("14.3");
    expect(percentInputFromFraction(null)).toBe("");
    expect(fractionFromPercentInput("27.5")).toBe(0.275);
    expect(fractionFromPercentInput(" 14.3 % ")).toBe(0.143);
    expect(fractionFromPercentInput("")).toBeUndefined();
    expect(fractionFromPercentInput("a lot")).toBeNaN();
    for (const fraction of [0, 0.001234, 0.05, 0.1, 0.275, 0.333333, 0.95, 1, 2.5]) {
      expect(fractionFromPercentInput(percentInputFromFraction(fraction))).toBe(fraction);
    }
  });
});

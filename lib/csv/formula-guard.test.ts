import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralizeFormula, restoreNeutralized } from "@/lib/csv/formula-guard";

describe("formula-injection guard for CSV cells", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    expect(neutralizeFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutralizeFormula("+1")).toBe("'+1");
    expect(neutralizeFormula("-cmd")).toBe("'-cmd");
    expect(neutralizeFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutralizeFormula("Acme = best")).toBe("Acme = best");
    expect(neutralizeFormula("0.95")).toBe("0.95");
  });

  it("reads back exactly what was written, for any text", () => {
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralized(neutralizeFormula(text)) === text));
    expect(restoreNeutralized("'tis")).toBe("'tis");
  });
});

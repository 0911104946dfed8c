import { describe, expect, it } from "vitest";
import { fractionFromCell } from "@/lib/csv/csv-cells";
import { readHeader, rowCells } from "@/lib/csv/csv-header";
import { OBSERVATION_CSV_COLUMNS, parseObservationRow, type ObservationCsvColumn } from "@/lib/csv/observation-csv";
import { VENDOR_CSV_COLUMNS, type VendorCsvColumn } from "@/lib/csv/vendor-csv";
import { parseVendorRow } from "@/lib/csv/vendor-csv-import";

const observation = (cells: Partial<Record<ObservationCsvColumn, string>>) =>
  parseObservationRow({ vendor: "Acme", metric: "CODING_ACCURACY", value: "0.95", as_of: "2026-08-29", source: "AUDITED", method: "", notes: "", ...cells });
const vendor = (cells: Partial<Record<VendorCsvColumn, string>>) =>
  parseVendorRow({ name: "Acme", operating_model: "GENERALIST", ai_use: "", functions_served: "MEDICAL_CODING", fte: "", annual_turnover_rate: "", website: "", headquarters: "", description: "", ...cells });

describe("reading rates from a CSV cell", () => {
  it("takes a fraction, or a percentage only with its sign", () => {
    expect(fractionFromCell("0.95")).toBe(0.95);
    expect(fractionFromCell("95 %")).toBe(0.95);
    expect(fractionFromCell("96.8%")).toBe(0.968);
    expect(fractionFromCell(" ")).toBeUndefined();
    expect(fractionFromCell("n/a")).toBeNaN();
    expect(fractionFromCell("0.12345678")).toBe(0.123457);
  });
});

describe("an observation row", () => {
  it("accepts codes and labels in any case", () => {
    const parsed = observation({ metric: "initial denial rate", value: "7 %", source: "Client measured", method: "hfma map key definition" });
    expect(parsed).toEqual({ ok: true, value: { vendorName: "Acme", input: expect.objectContaining({ metric: "DENIAL_RATE", value: 0.07, source: "CLIENT_MEASURED", measurementBasis: "HFMA_MAP_KEY" }) } });
  });

  it("names the column of each problem once", () => {
    expect(observation({ vendor: " ", metric: "speed", value: "95", as_of: "2026-13-01", source: "rumour" })).toEqual({
      ok: false,
      errors: [
        { column: "vendor", message: "Name the vendor, as it is in the registry." },
        { column: "metric", message: expect.stringContaining('"speed" is not one of FIRST_PASS_RATE') },
        { column: "source", message: expect.stringContaining('"rumour" is not one of VENDOR_CLAIMED') },
        { column: "value", message: 'Write the value as a fraction (0.95) or with its percent sign (95 %), not "95".' },
        { column: "as_of", message: "Enter the date the figure is for as a date, YYYY-MM-DD." },
      ],
    });
  });

  it("lets staff turnover pass 100 % as a fraction", () => {
    expect(observation({ metric: "STAFF_TURNOVER", value: "1.25" })).toMatchObject({ ok: true, value: { input: { value: 1.25 } } });
  });
});

describe("a vendor row", () => {
  it("reads functions separated by ; as codes or labels, and turnover in percent", () => {
    expect(vendor({ functions_served: "A/R follow-up; payment posting", annual_turnover_rate: "35 %", operating_model: "ai hybrid" })).toMatchObject({
      ok: true,
      value: { functionsServed: ["AR_FOLLOW_UP", "PAYMENT_POSTING"], annualTurnoverRate: 0.35, operatingModel: "AI_HYBRID", aiUse: "HUMAN_IN_THE_LOOP" },
    });
  });
});

describe("the header row", () => {
  it("matches names in any case and order, and undoes the export's formula guard in cells", () => {
    const header = readHeader([" NOTES", "Vendor", "metric", "value", "as_of", "source"], OBSERVATION_CSV_COLUMNS, ["vendor"]);
    expect(header.ok).toBe(true);
    if (!header.ok) return;
    expect(rowCells(["'=1+1", "Acme", "CODING_ACCURACY", "0.9", "2026-01-01", "AUDITED"], OBSERVATION_CSV_COLUMNS, header.indexOf)).toEqual({
      vendor: "Acme",
      metric: "CODING_ACCURACY",
      value: "0.9",
      as_of: "2026-01-01",
      source: "AUDITED",
      method: "",
      notes: "=1+1",
    });
  });

  it("says a header is missing when the first row names no column", () => {
    expect(readHeader(["Acme", "GENERALIST"], VENDOR_CSV_COLUMNS, ["name"])).toEqual({ ok: false, errors: [{ column: null, message: expect.stringContaining("The first row must be the header") }] });
  });
});

import { describe, expect, it } from "vitest";
import { SignInInputSchema } from "@/lib/schemas/sign-in";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/schemas/text";
import { TcoScenarioSchema } from "@/lib/schemas/tco-scenario";
import { VendorInputSchema } from "@/lib/schemas/vendor";
import { VendorListApiQuerySchema, VendorListQuerySchema } from "@/lib/schemas/vendor-list-query";
import { zodFieldErrors } from "@/lib/schemas/zod-field-errors";
import { MEDCENTRAL_SCENARIO } from "@/lib/tco/article-fixtures";

const vendor = { name: "Acme RCM", operatingModel: "SPECIALIZED", functionsServed: ["MEDICAL_CODING"] };

function fieldErrors(result: { success: boolean; error?: Parameters<typeof zodFieldErrors>[0] }) {
  expect(result.success).toBe(false);
  return zodFieldErrors(result.error!);
}

describe("control characters in the shared schemas", () => {
  it.each(["\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\t", "\n", "\r\n"])("a one-line field refuses %j, naming the field", (control) => {
    expect(fieldErrors(VendorInputSchema.safeParse({ ...vendor, name: `Acme${control}RCM` }))).toEqual({ name: CONTROL_CHARACTER_MESSAGE });
    expect(fieldErrors(VendorInputSchema.safeParse({ ...vendor, headquarters: `Boston${control}MA` }))).toEqual({ headquarters: CONTROL_CHARACTER_MESSAGE });
  });

  it("multi-line text keeps tab and line breaks but refuses NUL and the other controls", () => {
    const parsed = VendorInputSchema.parse({ ...vendor, description: "Line one\r\nLine two\n\tindented" });
    expect(parsed.description).toBe("Line one\r\nLine two\n\tindented");
    expect(fieldErrors(VendorInputSchema.safeParse({ ...vendor, description: "ok\u0000" }))).toEqual({ description: CONTROL_CHARACTER_MESSAGE });
    expect(fieldErrors(VendorInputSchema.safeParse({ ...vendor, description: "bell\u0007" }))).toEqual({ description: CONTROL_CHARACTER_MESSAGE });
  });

  it("ordinary text from every script stays valid", () => {
    for (const name of ["Ærø Health ApS", "São Paulo Serviços", "医疗编码有限公司", "O'Brien & Sons — RCM", "😀 Billing"]) {
      expect(VendorInputSchema.safeParse({ ...vendor, name }).success).toBe(true);
    }
  });

  it("sign-in refuses a NUL in the email or the password, naming the field", () => {
    expect(fieldErrors(SignInInputSchema.safeParse({ email: "a\u0000@b.example", password: "x" }))).toHaveProperty("email");
    expect(fieldErrors(SignInInputSchema.safeParse({ email: "a@b.example", password: "pass\u0000word" }))).toEqual({ password: CONTROL_CHARACTER_MESSAGE });
  });

  it("a TCO scenario refuses a control character in a key, naming its path", () => {
    const scenario = structuredClone(MEDCENTRAL_SCENARIO);
    scenario.bids[0].id = "bid\u0000one";
    expect(fieldErrors(TcoScenarioSchema.safeParse(scenario))).toEqual({ "bids.0.id": CONTROL_CHARACTER_MESSAGE });
  });

  it("the vendor list page drops a hostile search; the API names it", () => {
    expect(VendorListQuerySchema.parse({ q: "\u0000" }).q).toBeUndefined();
    expect(fieldErrors(VendorListApiQuerySchema.safeParse({ q: "\u0000" }))).toEqual({ q: CONTROL_CHARACTER_MESSAGE });
    expect(fieldErrors(VendorListApiQuerySchema.safeParse({ sort: "price", limit: "0" }))).toEqual({
      sort: "Expected one of name, model, updated, fte",
      limit: "Must be at least 1",
    });
  });
});

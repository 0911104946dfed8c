/**
 * Reads the vendor form into the shape of VendorInputSchema. The form asks for turnover in
 * percent (people think "35 %"); the schema and API keep fractions.
 */
export function vendorFormToInput(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const number = (name: string) => (text(name).trim() === "" ? null : Number(text(name)));
  const turnoverPercent = number("annualTurnoverPercent");
  return {
    name: text("name"),
    website: text("website"),
    headquarters: text("headquarters"),
    description: text("description"),
    operatingModel: text("operatingModel") || undefined,
    aiUse: text("aiUse") || undefined,
    functionsServed: formData.getAll("functionsServed").map(String),
    fte: number("fte"),
    annualTurnoverRate: turnoverPercent === null ? null : turnoverPercent / 100,
    version: number("version") ?? undefined,
  };
}

/** Schema field → form field, where they differ. */
export const VENDOR_FORM_FIELD: Record<string, string> = { annualTurnoverRate: "annualTurnoverPercent" };

import { z } from "zod";
import { HEALTHCARE_FUNCTIONS } from "@/lib/scoring/healthcare-function";

export const HealthcareFunctionSchema = z
  .enum(HEALTHCARE_FUNCTIONS, { error: `Expected one of ${HEALTHCARE_FUNCTIONS.join(", ")}` })
  .describe("MODEL.md §1 healthcare function code");
export type HealthcareFunction = z.infer<typeof HealthcareFunctionSchema>;

import { z } from "zod";
import { OPERATING_MODELS } from "@/lib/scoring/operating-model";

export const OperatingModelSchema = z
  .enum(OPERATING_MODELS, { error: `Expected one of ${OPERATING_MODELS.join(", ")}` })
  .describe("The vendor's operating model");
export type OperatingModel = z.infer<typeof OperatingModelSchema>;

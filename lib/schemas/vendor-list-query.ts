import { z } from "zod";
import { HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";

/** The vendor list's URL state (?q=&model=&fn=&sort=&dir=&page=); bad values fall back to defaults. */
export const VendorListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  model: z.enum(OperatingModel).optional().catch(undefined),
  fn: z.enum(HealthcareFunction).optional().catch(undefined),
  sort: z.enum(["name", "model", "updated", "fte"]).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type VendorListQuery = z.infer<typeof VendorListQuerySchema>;

/** Reads Next's searchParams (a value may be a string array) into the list query. */
export function parseVendorListQuery(params: Record<string, string | string[] | undefined>): VendorListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return VendorListQuerySchema.parse({
    q: first(params.q) || undefined,
    model: first(params.model) || undefined,
    fn: first(params.fn) || undefined,
    sort: first(params.sort),
    dir: first(params.dir),
    page: first(params.page),
  });
}

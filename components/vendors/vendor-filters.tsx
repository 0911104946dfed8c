import { HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { formatCode } from "@/lib/format";

/** A plain GET form: filters land in the query string, so every view can be shared as a link. */
export function VendorFilters({ query }: { query: VendorListQuery }) {
  return (
    <form method="get" action="/vendors" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="vendor-q" className="block text-sm font-medium">
          Search
        </label>
        <input
          id="vendor-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Vendor name"
          className="mt-1 w-56 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <div>
        <label htmlFor="vendor-model" className="block text-sm font-medium">
          Operating model
        </label>
        <select id="vendor-model" name="model" defaultValue={query.model ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="">All models</option>
          {Object.values(OperatingModel).map((model) => (
            <option key={model} value={model}>
              {formatCode(model)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="vendor-fn" className="block text-sm font-medium">
          Function served
        </label>
        <select id="vendor-fn" name="fn" defaultValue={query.fn ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="">All functions</option>
          {Object.values(HealthcareFunction).map((fn) => (
            <option key={fn} value={fn}>
              {formatCode(fn)}
            </option>
          ))}
        </select>
      </div>
      {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Apply
      </button>
    </form>
  );
}

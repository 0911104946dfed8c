import { AiUse, HealthcareFunction, OperatingModel } from "@/lib/generated/prisma/enums";
import { COMPLIANCE_STATES } from "@/lib/scoring/compliance-state";
import { COMPLIANCE_STATE_LABELS } from "@/components/vendors/compliance-badges";
import type { VendorListQuery } from "@/lib/schemas/vendor-list-query";
import { formatCode } from "@/lib/format";

const controlClass = "mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

function CodeSelect({ name, label, allLabel, codes, value, labelOf = formatCode }: { name: string; label: string; allLabel: string; codes: readonly string[]; value?: string; labelOf?: (code: string) => string }) {
  return (
    <div>
      <label htmlFor={`vendor-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`vendor-${name}`} name={name} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{allLabel}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {labelOf(code)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters land in the query string, so every view can be shared as a link. */
export function VendorFilters({ query }: { query: VendorListQuery }) {
  return (
    <form method="get" action="/vendors" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="vendor-q" className="block text-sm font-medium">
          Search
        </label>
        <input id="vendor-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Vendor name" className={`${controlClass} w-56`} />
      </div>
      <CodeSelect name="model" label="Operating model" allLabel="All models" codes={Object.values(OperatingModel)} value={query.model} />
      <CodeSelect name="fn" label="Function served" allLabel="All functions" codes={Object.values(HealthcareFunction)} value={query.fn} />
      <CodeSelect name="ai" label="AI use" allLabel="Any AI use" codes={Object.values(AiUse)} value={query.ai} />
      <CodeSelect
        name="compliance"
        label="Compliance"
        allLabel="Any state"
        codes={COMPLIANCE_STATES}
        value={query.compliance}
        labelOf={(code) => COMPLIANCE_STATE_LABELS[code as keyof typeof COMPLIANCE_STATE_LABELS]}
      />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} className="h-4 w-4" />
        Show archived
      </label>
      {query.sort !== "name" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Apply
      </button>
    </form>
  );
}

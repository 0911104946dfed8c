import { DataTable } from "@/components/ui/data-table";
import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { EVIDENCE_ITEMS, EVIDENCE_ITEM_TABLE, VERIFICATION_LEVELS, VERIFICATION_LEVEL_FACTORS } from "@/lib/scoring/compliance";
import { DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { formatPercent } from "@/lib/format";

export function EvidenceItemsTable() {
  return (
    <DataTable
      caption="Compliance evidence items with weights and validity"
      rows={EVIDENCE_ITEMS}
      rowKey={(item) => item}
      columns={[
        { header: "Item", cell: (item) => EVIDENCE_ITEM_TABLE[item].label, rowHeader: true },
        { header: "Weight", cell: (item) => EVIDENCE_ITEM_TABLE[item].weight, align: "right" },
        { header: "Valid for", cell: (item) => EVIDENCE_ITEM_TABLE[item].validityNote },
      ]}
    />
  );
}

export function VerificationLevelsList() {
  return (
    <ul className="list-disc pl-5 text-sm">
      {VERIFICATION_LEVELS.map((level) => (
        <li key={level}>
          {VERIFICATION_LEVEL_FACTORS[level].label}: counts {formatPercent(VERIFICATION_LEVEL_FACTORS[level].factor)} of the item&apos;s weight.
        </li>
      ))}
    </ul>
  );
}

export function CriteriaTable() {
  return (
    <DataTable
      caption="Default scoring criteria"
      rows={DEFAULT_CRITERIA}
      rowKey={(criterion) => criterion.key}
      columns={[
        { header: "Criterion", cell: (criterion) => criterion.label, rowHeader: true },
        { header: "Better when", cell: (criterion) => criterion.direction },
        {
          header: "Benchmark scale",
          cell: (criterion) =>
            criterion.scale.kind === "benchmark"
              ? `${formatPercent(criterion.scale.floor)} – ${formatPercent(criterion.scale.ceiling)}`
              : "ratio to the cheapest qualified bid",
        },
        { header: "Default weight", cell: (criterion) => criterion.weight, align: "right" },
      ]}
    />
  );
}

export function AssumptionsTable() {
  return (
    <DataTable
      caption="TCO model assumptions with their defaults and sources"
      rows={ASSUMPTION_NAMES}
      rowKey={(name) => name}
      columns={[
        {
          header: "Assumption",
          rowHeader: true,
          cell: (name) => (
            <>
              {ASSUMPTION_DEFAULTS[name].label}
              <code className="block text-xs font-normal text-slate-500">{name}</code>
            </>
          ),
        },
        { header: "Default", cell: (name) => ASSUMPTION_DEFAULTS[name].value.toLocaleString("en-US"), align: "right" },
        { header: "Unit", cell: (name) => ASSUMPTION_DEFAULTS[name].unit },
        { header: "Source", cell: (name) => ASSUMPTION_DEFAULTS[name].source, className: "text-slate-700" },
      ]}
    />
  );
}

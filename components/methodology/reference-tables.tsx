import { ASSUMPTION_DEFAULTS, ASSUMPTION_NAMES } from "@/lib/tco/assumptions";
import { EVIDENCE_ITEMS, EVIDENCE_ITEM_TABLE, VERIFICATION_LEVELS, VERIFICATION_LEVEL_FACTORS } from "@/lib/scoring/compliance";
import { DEFAULT_CRITERIA } from "@/lib/scoring/criteria";
import { formatPercent } from "@/lib/format";

const cell = "py-1.5 pr-3";

export function EvidenceItemsTable() {
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">Compliance evidence items with weights and validity</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className={cell}>Item</th>
          <th scope="col" className={`${cell} text-right`}>Weight</th>
          <th scope="col" className={cell}>Valid for</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {EVIDENCE_ITEMS.map((item) => (
          <tr key={item}>
            <td className={cell}>{EVIDENCE_ITEM_TABLE[item].label}</td>
            <td className={`${cell} text-right`}>{EVIDENCE_ITEM_TABLE[item].weight}</td>
            <td className={cell}>{EVIDENCE_ITEM_TABLE[item].validityNote}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
    <table className="min-w-full text-sm">
      <caption className="sr-only">Default scoring criteria</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className={cell}>Criterion</th>
          <th scope="col" className={cell}>Better when</th>
          <th scope="col" className={cell}>Benchmark scale</th>
          <th scope="col" className={`${cell} text-right`}>Default weight</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {DEFAULT_CRITERIA.map((criterion) => (
          <tr key={criterion.key}>
            <td className={cell}>{criterion.label}</td>
            <td className={cell}>{criterion.direction}</td>
            <td className={cell}>
              {criterion.scale.kind === "benchmark"
                ? `${formatPercent(criterion.scale.floor)} – ${formatPercent(criterion.scale.ceiling)}`
                : "ratio to the cheapest qualified bid"}
            </td>
            <td className={`${cell} text-right`}>{criterion.weight}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AssumptionsTable() {
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">TCO model assumptions with their defaults and sources</caption>
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className={cell}>Assumption</th>
          <th scope="col" className={`${cell} text-right`}>Default</th>
          <th scope="col" className={cell}>Unit</th>
          <th scope="col" className={cell}>Source</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {ASSUMPTION_NAMES.map((name) => {
          const assumption = ASSUMPTION_DEFAULTS[name];
          return (
            <tr key={name}>
              <td className={cell}>
                {assumption.label}
                <code className="block text-xs text-slate-500">{name}</code>
              </td>
              <td className={`${cell} text-right`}>{assumption.value.toLocaleString("en-US")}</td>
              <td className={cell}>{assumption.unit}</td>
              <td className={`${cell} text-slate-700`}>{assumption.source}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

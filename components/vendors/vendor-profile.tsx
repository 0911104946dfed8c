import { formatCode, formatInteger, formatPercent } from "@/lib/format";

interface VendorProfileProps {
  vendor: {
    operatingModel: string;
    aiUse: string;
    functionsServed: string[];
    fte: number | null;
    annualTurnoverRate: { toString(): string } | null;
    website: string | null;
    headquarters: string | null;
    description: string;
  };
}

export function VendorProfile({ vendor }: VendorProfileProps) {
  const rows: [string, React.ReactNode][] = [
    ["Operating model", formatCode(vendor.operatingModel)],
    ["AI use", formatCode(vendor.aiUse)],
    ["Functions served", vendor.functionsServed.map(formatCode).join(", ") || "—"],
    ["Staff (FTE)", formatInteger(vendor.fte)],
    ["Annual staff turnover", formatPercent(vendor.annualTurnoverRate)],
    ["Headquarters", vendor.headquarters ?? "—"],
    [
      "Website",
      vendor.website ? (
        <a href={vendor.website} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
          {vendor.website}
        </a>
      ) : (
        "—"
      ),
    ],
  ];
  return (
    <div>
      {vendor.description && <p className="mb-3 text-sm text-slate-700">{vendor.description}</p>}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

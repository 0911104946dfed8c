import { EmptyState } from "@/components/ui/panel";
import { certifiedStaffShare, CREDENTIALS, type Credential } from "@/lib/scoring/certified-staff";
import { formatDate, formatInteger, formatPercent } from "@/lib/format";

interface StaffCertificationsSummaryProps {
  census: { asOf: Date; totalStaff: number; certifiedStaff: number | null } | null;
  certifications: { credential: string; count: number; asOf: Date }[];
}

/** The counts per credential, the staff total and the certified share they give (MODEL.md §4). */
export function StaffCertificationsSummary({ census, certifications }: StaffCertificationsSummaryProps) {
  if (certifications.length === 0 && !census) return <EmptyState>No certification counts recorded.</EmptyState>;
  const counts = Object.fromEntries(certifications.map((cert) => [cert.credential, cert.count])) as Partial<Record<Credential, number>>;
  const share = census ? certifiedStaffShare({ totalStaff: census.totalStaff, certifiedStaff: census.certifiedStaff, counts }) : null;
  const asOf = census?.asOf ?? certifications[0]?.asOf;
  return (
    <div className="space-y-3">
      <div className="rounded-md bg-slate-50 px-3 py-2">
        <div className="text-sm text-slate-600">Certified staff share</div>
        <div className="text-2xl font-semibold" data-testid="certified-share">
          {share ? `${share.exact ? "" : "≤ "}${formatPercent(share.share)}` : "—"}
        </div>
        <div className="text-xs text-slate-600">
          {census
            ? `${census.certifiedStaff === null ? "Credentials counted" : `${formatInteger(census.certifiedStaff)} certified`} of ${formatInteger(census.totalStaff)} staff, as of ${formatDate(asOf)}`
            : "No staff total recorded: the share is unknown."}
          {share && !share.exact && " · at most: someone holding two credentials counts twice"}
        </div>
      </div>
      <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {CREDENTIALS.filter((credential) => counts[credential] !== undefined).map((credential) => (
          <li key={credential} className="rounded-md border border-slate-100 px-3 py-2">
            <span className="font-semibold">{formatInteger(counts[credential])}</span> {credential}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { CsvImportForm } from "@/components/vendors/csv-import-form";
import { CsvFormatHelp } from "@/components/vendors/csv-format-help";
import { requirePagePermission } from "@/lib/server/auth/current-auth";

export const metadata: Metadata = { title: "Import CSV" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("import:vendor");
  const kind = (await searchParams).kind === "metrics" ? "metrics" : "vendors";
  return (
    <>
      <BackLink href="/vendors" label="Vendors" />
      <PageHeader
        title="Import CSV"
        description="Add or update vendors, or record a quarter's metric observations, from a spreadsheet. The file is checked first; it is imported only when every row is valid, all rows at once."
      />
      <div className="space-y-6">
        <Panel title="Upload">
          <CsvImportForm initialKind={kind} />
        </Panel>
        <Panel title="File format">
          <CsvFormatHelp />
        </Panel>
      </div>
    </>
  );
}

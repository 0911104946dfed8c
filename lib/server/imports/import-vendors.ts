import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { Vendor } from "@/lib/generated/prisma/client";
import { actorOf, recordAuditEvents, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { DuplicateError, isUniqueViolation } from "@/lib/server/domain-errors";
import { vendorConflict } from "@/lib/server/mutations/vendor-change";
import { VENDOR_CSV_COLUMNS, type VendorCsvColumn } from "@/lib/csv/vendor-csv";
import { parseVendorRow, VENDOR_CSV_REQUIRED } from "@/lib/csv/vendor-csv-import";
import { roundTo6 } from "@/lib/csv/csv-cells";
import type { VendorInput } from "@/lib/schemas/vendor";
import type { ImportReport } from "@/lib/schemas/csv-import";
import { runImport, type ImportDefinition, type RowPlan } from "@/lib/server/imports/run-import";

const BATCH = 1000;

const chunks = <T>(items: T[], size = BATCH): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** The columns whose stored value differs from the row's; functions served compare as a set. */
function changedColumns(stored: Vendor, input: VendorInput): VendorCsvColumn[] {
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
  const turnover = stored.annualTurnoverRate === null ? null : roundTo6(Number(stored.annualTurnoverRate.toString()));
  const changed: [VendorCsvColumn, boolean][] = [
    ["operating_model", stored.operatingModel !== input.operatingModel],
    ["ai_use", stored.aiUse !== input.aiUse],
    ["functions_served", !sameSet(stored.functionsServed, input.functionsServed)],
    ["fte", stored.fte !== input.fte],
    ["annual_turnover_rate", turnover !== (input.annualTurnoverRate === null ? null : roundTo6(input.annualTurnoverRate))],
    ["website", stored.website !== input.website],
    ["headquarters", stored.headquarters !== input.headquarters],
    ["description", stored.description !== input.description],
  ];
  return changed.filter(([, differs]) => differs).map(([column]) => column);
}

const vendorImport: ImportDefinition<VendorCsvColumn, VendorInput, Map<string, Vendor>> = {
  kind: "vendors",
  columns: VENDOR_CSV_COLUMNS,
  required: VENDOR_CSV_REQUIRED,
  parseRow: parseVendorRow,
  keyOf: (input) => input.name,
  keyColumn: "name",
  async resolve(tx, auth, rows) {
    const existing = new Map<string, Vendor>();
    for (const names of chunks(rows.map((row) => row.value.name))) {
      for (const vendor of await tx.vendor.findMany({ where: { organizationId: auth.organizationId, name: { in: names } } })) existing.set(vendor.name, vendor);
    }
    const plans = rows.map(({ value }): RowPlan => {
      const stored = existing.get(value.name);
      if (!stored) return { status: "new" };
      const changed = changedColumns(stored, value);
      return changed.length === 0 ? { status: "unchanged" } : { status: "updated", changed };
    });
    return { plans, resolved: existing };
  },
  async write(tx, auth, rows, plans, existing) {
    const actor = actorOf(auth);
    const fresh = rows.filter((_, index) => plans[index].status === "new").map((row) => ({ ...row.value, organizationId: auth.organizationId }));
    for (const batch of chunks(fresh)) {
      const created = await tx.vendor.createManyAndReturn({ data: batch });
      await recordAuditEvents(tx, created.map((vendor): AuditEventInput => ({ organizationId: auth.organizationId, actor, action: "import-vendor", entityType: "Vendor", entityId: vendor.id, after: vendor })));
    }
    const events: AuditEventInput[] = [];
    for (const [index, row] of rows.entries()) {
      if (plans[index].status !== "updated") continue;
      const before = existing.get(row.value.name)!;
      const [after] = await tx.vendor.updateManyAndReturn({
        where: { id: before.id, organizationId: auth.organizationId, version: before.version },
        data: { ...row.value, version: { increment: 1 } },
      });
      if (!after) throw await vendorConflict(tx, auth, before.id);
      events.push({ organizationId: auth.organizationId, actor, action: "import-vendor", entityType: "Vendor", entityId: before.id, before, after });
      if (events.length === BATCH) await recordAuditEvents(tx, events.splice(0));
    }
    await recordAuditEvents(tx, events);
  },
};

/**
 * Imports vendor profiles from a CSV file, matched by name within the caller's organisation:
 * a new name is a new vendor, a known one has its profile replaced by the row.
 */
export async function importVendors(db: Db, auth: AuthContext, records: AsyncIterable<string[]>, options: { dryRun: boolean }): Promise<ImportReport> {
  try {
    return await runImport(db, auth, vendorImport, records, options);
  } catch (error) {
    // Someone added a vendor of the same name while the file was being written.
    if (isUniqueViolation(error)) throw new DuplicateError("name", "Another vendor of a name in this file was added meanwhile. Nothing was imported: run the import again.");
    throw error;
  }
}

import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { AuthContext } from "@/lib/server/auth/auth-context";
import type { MetricObservation } from "@/lib/generated/prisma/client";
import { actorOf, recordAuditEvents, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/server/domain-errors";
import { duplicateObservation } from "@/lib/server/mutations/duplicate-observation";
import { conflictOrGone } from "@/lib/server/mutations/version-conflict";
import { OBSERVATION_CSV_COLUMNS, OBSERVATION_CSV_REQUIRED, parseObservationRow, type ObservationCsvColumn, type ObservationRowValue } from "@/lib/csv/observation-csv";
import { roundTo6 } from "@/lib/csv/csv-cells";
import { isoDateText } from "@/lib/schemas/iso-date";
import type { ImportReport } from "@/lib/schemas/csv-import";
import { runImport, type ImportDefinition, type RowPlan } from "@/lib/server/imports/run-import";

const BATCH = 1000;

const chunks = <T>(items: T[], size = BATCH): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

type StoredObservation = MetricObservation;

interface Resolved {
  vendorIdOf: Map<string, string>;
  existing: Map<string, StoredObservation>;
}

/** One figure per vendor, metric, day and source (the table's unique key). */
const storedKey = (vendorId: string, metric: string, asOf: Date, source: string) => `${vendorId}|${metric}|${isoDateText(asOf)}|${source}`;

function changedColumns(stored: StoredObservation, { input }: ObservationRowValue): ObservationCsvColumn[] {
  const changed: [ObservationCsvColumn, boolean][] = [
    ["value", roundTo6(Number(stored.value.toString())) !== roundTo6(input.value)],
    ["method", stored.measurementBasis !== input.measurementBasis],
    ["notes", stored.note !== input.note],
  ];
  return changed.filter(([, differs]) => differs).map(([column]) => column);
}

const observationImport: ImportDefinition<ObservationCsvColumn, ObservationRowValue, Resolved> = {
  kind: "metrics",
  columns: OBSERVATION_CSV_COLUMNS,
  required: OBSERVATION_CSV_REQUIRED,
  parseRow: parseObservationRow,
  keyOf: ({ vendorName, input }) => `${vendorName}|${input.metric}|${isoDateText(input.asOf)}|${input.source}`,
  keyColumn: "vendor",
  async resolve(tx, auth, rows) {
    const vendorIdOf = new Map<string, string>();
    for (const names of chunks([...new Set(rows.map((row) => row.value.vendorName))])) {
      const vendors = await tx.vendor.findMany({ where: { organizationId: auth.organizationId, name: { in: names } }, select: { id: true, name: true } });
      for (const vendor of vendors) vendorIdOf.set(vendor.name, vendor.id);
    }
    const existing = new Map<string, StoredObservation>();
    for (const vendorIds of chunks([...new Set(vendorIdOf.values())], 200)) {
      const stored = await tx.metricObservation.findMany({ where: { organizationId: auth.organizationId, vendorId: { in: vendorIds } } });
      for (const observation of stored) existing.set(storedKey(observation.vendorId, observation.metric, observation.asOf, observation.source), observation);
    }
    const plans = rows.map(({ value }): RowPlan => {
      const vendorId = vendorIdOf.get(value.vendorName);
      if (!vendorId) return { status: "error", errors: [{ column: "vendor", message: `No vendor named "${value.vendorName}" in your registry. Fix the name, or import or add the vendor first.` }] };
      const stored = existing.get(storedKey(vendorId, value.input.metric, value.input.asOf, value.input.source));
      if (!stored) return { status: "new" };
      const changed = changedColumns(stored, value);
      return changed.length === 0 ? { status: "unchanged" } : { status: "updated", changed };
    });
    return { plans, resolved: { vendorIdOf, existing } };
  },
  async write(tx, auth, rows, plans, { vendorIdOf, existing }) {
    const actor = actorOf(auth);
    const fresh = rows
      .filter((_, index) => plans[index].status === "new")
      .map(({ value }) => ({ ...value.input, organizationId: auth.organizationId, vendorId: vendorIdOf.get(value.vendorName)!, enteredById: auth.userId }));
    for (const batch of chunks(fresh)) {
      const created = await tx.metricObservation.createManyAndReturn({ data: batch });
      await recordAuditEvents(tx, created.map((observation): AuditEventInput => ({ organizationId: auth.organizationId, actor, action: "import-metric-observation", entityType: "MetricObservation", entityId: observation.id, after: observation })));
    }
    const events: AuditEventInput[] = [];
    for (const [index, { value }] of rows.entries()) {
      if (plans[index].status !== "updated") continue;
      const before = existing.get(storedKey(vendorIdOf.get(value.vendorName)!, value.input.metric, value.input.asOf, value.input.source))!;
      const [after] = await tx.metricObservation.updateManyAndReturn({
        where: { id: before.id, version: before.version },
        data: { value: value.input.value, measurementBasis: value.input.measurementBasis, note: value.input.note, version: { increment: 1 } },
      });
      if (!after) throw await conflictOrGone(tx, auth, "MetricObservation", await tx.metricObservation.findUnique({ where: { id: before.id } }));
      events.push({ organizationId: auth.organizationId, actor, action: "import-metric-observation", entityType: "MetricObservation", entityId: before.id, before, after });
      if (events.length === BATCH) await recordAuditEvents(tx, events.splice(0));
    }
    await recordAuditEvents(tx, events);
  },
};

/**
 * Imports metric observations from a CSV file. Vendors are named as in the registry; a row
 * for a vendor, metric, date and source already recorded corrects that observation.
 */
export async function importMetricObservations(db: Db, auth: AuthContext, records: AsyncIterable<string[]>, options: { dryRun: boolean }): Promise<ImportReport> {
  try {
    return await runImport(db, auth, observationImport, records, options);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateObservation();
    throw error;
  }
}

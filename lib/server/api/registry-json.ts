import "server-only";
import type { EvidenceItem, MeasurementBasis, MetricKey, MetricSource, VerificationLevel } from "@/lib/generated/prisma/enums";
import { isoDateText } from "@/lib/schemas/iso-date";
import type { ComplianceEvidenceResponse, MetricObservationResponse } from "@/lib/schemas/registry-response";

type DecimalLike = { toString(): string };
const num = (value: DecimalLike) => Number(value.toString());

interface ObservationRow {
  id: string;
  vendorId: string;
  metric: MetricKey;
  value: DecimalLike;
  asOf: Date;
  source: MetricSource;
  measurementBasis: MeasurementBasis | null;
  note: string | null;
  enteredById: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A metric observation as /api/v1 returns it: the value a fraction, asOf an ISO date. */
export function metricObservationJson(row: ObservationRow): MetricObservationResponse {
  return {
    id: row.id,
    vendorId: row.vendorId,
    metric: row.metric,
    value: num(row.value),
    asOf: isoDateText(row.asOf),
    source: row.source,
    measurementBasis: row.measurementBasis,
    note: row.note,
    enteredById: row.enteredById,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

interface EvidenceRow {
  id: string;
  vendorId: string;
  item: EvidenceItem;
  level: VerificationLevel;
  effectiveDate: Date;
  expiresAt: Date | null;
  documentRef: string | null;
  documentIssuer: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Compliance evidence as /api/v1 returns it; expiresAt is derived (null: never expires). */
export function complianceEvidenceJson(row: EvidenceRow): ComplianceEvidenceResponse {
  return {
    id: row.id,
    vendorId: row.vendorId,
    item: row.item,
    level: row.level,
    effectiveDate: isoDateText(row.effectiveDate),
    expiresAt: row.expiresAt ? isoDateText(row.expiresAt) : null,
    documentRef: row.documentRef,
    documentIssuer: row.documentIssuer,
    periodStart: row.periodStart ? isoDateText(row.periodStart) : null,
    periodEnd: row.periodEnd ? isoDateText(row.periodEnd) : null,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The editable fields of a record's JSON: what a PATCH body is laid over before the whole is validated again. */
export function patchable<T extends Record<string, unknown>>(json: T): Partial<T> {
  const { id: _id, vendorId: _vendorId, createdAt: _createdAt, updatedAt: _updatedAt, enteredById: _enteredById, expiresAt: _expiresAt, ...rest } = json;
  return rest as Partial<T>;
}

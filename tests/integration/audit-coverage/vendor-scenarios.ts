// Audit scenarios for the vendor registry: vendors, metric observations, compliance evidence,
// staff certifications — through /api/v1 and through the pages' server actions.
import { setStaffCertificationsAction } from "@/app/(app)/vendors/[id]/certifications/actions";
import { updateVendorAction } from "@/app/(app)/vendors/[id]/edit/actions";
import { addComplianceEvidenceAction, removeComplianceEvidenceAction, updateComplianceEvidenceAction } from "@/app/(app)/vendors/[id]/evidence/actions";
import { archiveVendorAction, removeVendorAction, restoreVendorAction } from "@/app/(app)/vendors/[id]/lifecycle-actions";
import { addMetricObservationAction, correctMetricObservationAction, removeMetricObservationAction } from "@/app/(app)/vendors/[id]/metrics/actions";
import { createVendorAction } from "@/app/(app)/vendors/new/actions";
import { DELETE as deleteEvidence, PATCH as patchEvidence } from "@/app/api/v1/evidence/[id]/route";
import { DELETE as deleteMetric, PATCH as patchMetric } from "@/app/api/v1/metrics/[id]/route";
import { PUT as putCertifications } from "@/app/api/v1/vendors/[id]/certifications/route";
import { POST as postEvidence } from "@/app/api/v1/vendors/[id]/evidence/route";
import { POST as postMetric } from "@/app/api/v1/vendors/[id]/metrics/route";
import { DELETE as deleteVendor, PATCH as patchVendor } from "@/app/api/v1/vendors/[id]/route";
import { POST as postVendor } from "@/app/api/v1/vendors/route";
import { createComplianceEvidence } from "@/prisma/demo/builders/compliance-evidence";
import { createMetricObservation } from "@/prisma/demo/builders/metric-observation";
import { nextSequence } from "@/prisma/demo/builders/sequence";
import { createVendor } from "@/prisma/demo/builders/vendor";
import { POST as importMetrics } from "@/app/api/v1/imports/metrics/route";
import { POST as importVendors } from "@/app/api/v1/imports/vendors/route";
import { apiRequest, csvRequest, routeParams } from "@/tests/setup/api-request";
import { formData } from "@/tests/setup/form-data";
import type { Scenario, World } from "./world";

const send = (path: string, method: string, token: string, body?: unknown) => apiRequest(path, { method, token, body });
const id = (value: string) => routeParams({ id: value });
const vendorOf = (world: World) => createVendor(world.db, { organizationId: world.organizationId });

const vendorForm = () => ({
  name: `Form Vendor ${nextSequence()}`,
  website: "",
  headquarters: "Austin, Texas",
  description: "",
  operatingModel: "AI_HYBRID",
  aiUse: "HUMAN_IN_THE_LOOP",
  functionsServed: ["MEDICAL_TRANSCRIPTION", "PAYMENT_POSTING"],
  fte: "40",
  annualTurnoverRate: "35",
});
const observationForm = () => ({ metric: "CODING_ACCURACY", value: "96.8", asOf: "2026-08-29", source: "AUDITED", measurementBasis: "CLAIM", note: "" });
const evidenceBody = { item: "HIPAA_BAA", level: "DOCUMENTED", effectiveDate: "2026-01-15", documentRef: "baa-2026.pdf" };
const censusForm = { asOf: "2026-10-01", totalStaff: "200", certifiedStaff: "", "counts.CPC": "120", "counts.CCS": "30", "counts.RHIT": "", "counts.RHIA": "4", "counts.RN": "10", version: "0" };

async function observationOf(world: World) {
  const vendor = await vendorOf(world);
  return createMetricObservation(world.db, { organizationId: world.organizationId, vendorId: vendor.id, metric: "DENIAL_RATE", value: "0.08", asOf: new Date("2026-03-31"), source: "CLIENT_MEASURED" });
}
async function evidenceOf(world: World) {
  const vendor = await vendorOf(world);
  return createComplianceEvidence(world.db, { organizationId: world.organizationId, vendorId: vendor.id, item: "SOC2_TYPE_II", level: "DOCUMENTED", effectiveDate: new Date("2026-06-30") });
}

export const vendorScenarios: Record<string, Scenario> = {
  "POST /api/v1/vendors": {
    caller: "ANALYST",
    event: { action: "create-vendor", entityType: "Vendor" },
    prepare: async () => ({
      call: (token) => postVendor(send("/api/v1/vendors", "POST", token, { name: `API Vendor ${nextSequence()}`, operatingModel: "SPECIALIZED", functionsServed: ["MEDICAL_CODING"], annualTurnoverRate: 0.3 })),
    }),
  },
  "PATCH /api/v1/vendors/[id]": {
    caller: "ANALYST",
    event: { action: "update-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: (token) => patchVendor(send(`/api/v1/vendors/${vendor.id}`, "PATCH", token, { fte: 321, version: vendor.version }), id(vendor.id)) };
    },
  },
  "DELETE /api/v1/vendors/[id]": {
    caller: "ADMIN",
    event: { action: "delete-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: (token) => deleteVendor(send(`/api/v1/vendors/${vendor.id}?version=${vendor.version}`, "DELETE", token), id(vendor.id)) };
    },
  },
  "POST /api/v1/vendors/[id]/metrics": {
    caller: "ANALYST",
    event: { action: "add-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      const body = { metric: "FIRST_PASS_RATE", value: 0.91, asOf: "2026-09-30", source: "REFERENCE_CHECK" };
      return { call: (token) => postMetric(send(`/api/v1/vendors/${vendor.id}/metrics`, "POST", token, body), id(vendor.id)) };
    },
  },
  "PATCH /api/v1/metrics/[id]": {
    caller: "ANALYST",
    event: { action: "correct-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const observation = await observationOf(world);
      return { call: (token) => patchMetric(send(`/api/v1/metrics/${observation.id}`, "PATCH", token, { value: 0.075, version: observation.version }), id(observation.id)) };
    },
  },
  "DELETE /api/v1/metrics/[id]": {
    caller: "ANALYST",
    event: { action: "remove-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const observation = await observationOf(world);
      return { call: (token) => deleteMetric(send(`/api/v1/metrics/${observation.id}?version=${observation.version}`, "DELETE", token), id(observation.id)) };
    },
  },
  "POST /api/v1/vendors/[id]/evidence": {
    caller: "ANALYST",
    event: { action: "add-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: (token) => postEvidence(send(`/api/v1/vendors/${vendor.id}/evidence`, "POST", token, evidenceBody), id(vendor.id)) };
    },
  },
  "PATCH /api/v1/evidence/[id]": {
    caller: "ANALYST",
    event: { action: "update-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const evidence = await evidenceOf(world);
      return { call: (token) => patchEvidence(send(`/api/v1/evidence/${evidence.id}`, "PATCH", token, { level: "VERIFIED", version: evidence.version }), id(evidence.id)) };
    },
  },
  "DELETE /api/v1/evidence/[id]": {
    caller: "ANALYST",
    event: { action: "remove-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const evidence = await evidenceOf(world);
      return { call: (token) => deleteEvidence(send(`/api/v1/evidence/${evidence.id}?version=${evidence.version}`, "DELETE", token), id(evidence.id)) };
    },
  },
  "PUT /api/v1/vendors/[id]/certifications": {
    caller: "ANALYST",
    event: { action: "set-staff-certifications", entityType: "StaffCertifications" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      const body = { asOf: "2026-11-01", totalStaff: 210, certifiedStaff: 140, counts: { CPC: 130, RN: 12 }, version: 0 };
      return { call: (token) => putCertifications(send(`/api/v1/vendors/${vendor.id}/certifications`, "PUT", token, body), id(vendor.id)) };
    },
  },

  "action app/(app)/vendors/new/actions.ts#createVendorAction": {
    caller: "ANALYST",
    event: { action: "create-vendor", entityType: "Vendor" },
    prepare: async () => ({ call: () => createVendorAction(undefined, formData(vendorForm())) }),
  },
  "action app/(app)/vendors/[id]/edit/actions.ts#updateVendorAction": {
    caller: "ANALYST",
    event: { action: "update-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => updateVendorAction(vendor.id, undefined, formData({ ...vendorForm(), version: vendor.version })) };
    },
  },
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#archiveVendorAction": {
    caller: "ANALYST",
    event: { action: "archive-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => archiveVendorAction(vendor.id, undefined, formData({ version: vendor.version })) };
    },
  },
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#restoreVendorAction": {
    caller: "ANALYST",
    event: { action: "restore-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await createVendor(world.db, { organizationId: world.organizationId, archivedAt: new Date() });
      return { call: () => restoreVendorAction(vendor.id, undefined, formData({ version: vendor.version })) };
    },
  },
  "action app/(app)/vendors/[id]/lifecycle-actions.ts#removeVendorAction": {
    caller: "ANALYST",
    event: { action: "delete-vendor", entityType: "Vendor" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => removeVendorAction(vendor.id, undefined, formData({ version: vendor.version })) };
    },
  },
  "action app/(app)/vendors/[id]/metrics/actions.ts#addMetricObservationAction": {
    caller: "ANALYST",
    event: { action: "add-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => addMetricObservationAction(vendor.id, undefined, formData(observationForm())) };
    },
  },
  "action app/(app)/vendors/[id]/metrics/actions.ts#correctMetricObservationAction": {
    caller: "ANALYST",
    event: { action: "correct-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const observation = await observationOf(world);
      const form = { metric: "DENIAL_RATE", value: "7.5", asOf: "2026-03-31", source: "CLIENT_MEASURED", measurementBasis: "", note: "Corrected from the client's report.", version: observation.version };
      return { call: () => correctMetricObservationAction(observation.id, undefined, formData(form)) };
    },
  },
  "action app/(app)/vendors/[id]/metrics/actions.ts#removeMetricObservationAction": {
    caller: "ANALYST",
    event: { action: "remove-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const observation = await observationOf(world);
      return { call: () => removeMetricObservationAction(observation.id, undefined, formData({ version: observation.version })) };
    },
  },
  "action app/(app)/vendors/[id]/evidence/actions.ts#addComplianceEvidenceAction": {
    caller: "ANALYST",
    event: { action: "add-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => addComplianceEvidenceAction(vendor.id, undefined, formData(evidenceBody)) };
    },
  },
  "action app/(app)/vendors/[id]/evidence/actions.ts#updateComplianceEvidenceAction": {
    caller: "ANALYST",
    event: { action: "update-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const evidence = await evidenceOf(world);
      const form = { item: "SOC2_TYPE_II", level: "VERIFIED", effectiveDate: "2026-06-30", periodStart: "2025-07-01", periodEnd: "2026-06-30", documentRef: "soc2.pdf", documentIssuer: "Baker & Co. CPAs", notes: "", version: evidence.version };
      return { call: () => updateComplianceEvidenceAction(evidence.id, undefined, formData(form)) };
    },
  },
  "action app/(app)/vendors/[id]/evidence/actions.ts#removeComplianceEvidenceAction": {
    caller: "ANALYST",
    event: { action: "remove-compliance-evidence", entityType: "ComplianceEvidence" },
    prepare: async (world) => {
      const evidence = await evidenceOf(world);
      return { call: () => removeComplianceEvidenceAction(evidence.id, undefined, formData({ version: evidence.version })) };
    },
  },
  "action app/(app)/vendors/[id]/certifications/actions.ts#setStaffCertificationsAction": {
    caller: "ANALYST",
    event: { action: "set-staff-certifications", entityType: "StaffCertifications" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      return { call: () => setStaffCertificationsAction(vendor.id, undefined, formData(censusForm)) };
    },
  },
  // An import writes one event per record it changes: a one-row file, one event.
  "POST /api/v1/imports/vendors": {
    caller: "ANALYST",
    event: { action: "import-vendor", entityType: "Vendor" },
    prepare: async () => {
      const csv = `name,operating_model,functions_served\r\nImported Vendor ${nextSequence()},SPECIALIZED,MEDICAL_CODING\r\n`;
      return { call: (token) => importVendors(csvRequest("/api/v1/imports/vendors", { csv, token })) };
    },
  },
  "POST /api/v1/imports/metrics": {
    caller: "ANALYST",
    event: { action: "import-metric-observation", entityType: "MetricObservation" },
    prepare: async (world) => {
      const vendor = await vendorOf(world);
      const csv = `vendor,metric,value,as_of,source,method,notes\r\n"${vendor.name}",CODING_ACCURACY,96.8 %,2026-08-29,AUDITED,CLAIM,\r\n`;
      return { call: (token) => importMetrics(csvRequest("/api/v1/imports/metrics", { csv, token })) };
    },
  },
};

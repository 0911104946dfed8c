"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { addMetricObservation } from "@/lib/server/mutations/add-metric-observation";
import { correctMetricObservation } from "@/lib/server/mutations/correct-metric-observation";
import { removeMetricObservation } from "@/lib/server/mutations/remove-metric-observation";
import { MetricObservationEditFormSchema, MetricObservationFormSchema } from "@/lib/schemas/metric-observation";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

function backToVendor(vendorId: string, metric?: string): never {
  revalidatePath(`/vendors/${vendorId}`);
  redirect(`/vendors/${vendorId}${metric ? `#metric-${metric}` : "#metrics"}`);
}

export const addMetricObservationAction = formAction({ permission: "edit:vendor", schema: MetricObservationFormSchema }, async ({ value, auth, db }, vendorId: string) => {
  await addMetricObservation(db, auth, vendorId, value);
  backToVendor(vendorId, value.metric);
});

export const correctMetricObservationAction = formAction(
  { permission: "edit:vendor", schema: MetricObservationEditFormSchema },
  async ({ value, auth, db }, observationId: string) => {
    const observation = await correctMetricObservation(db, auth, observationId, value);
    backToVendor(observation.vendorId, observation.metric);
  },
);

export const removeMetricObservationAction = formAction({ permission: "edit:vendor", schema: RecordVersionSchema }, async ({ value, auth, db }, observationId: string) => {
  backToVendor(await removeMetricObservation(db, auth, observationId, value.version));
});

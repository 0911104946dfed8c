-- CreateIndex
CREATE UNIQUE INDEX "MetricObservation_vendorId_metric_asOf_source_key" ON "MetricObservation"("vendorId", "metric", "asOf", "source");

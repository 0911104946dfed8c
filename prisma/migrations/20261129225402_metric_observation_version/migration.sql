-- AlterTable
ALTER TABLE "MetricObservation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

import "server-only";
import { DuplicateError } from "@/lib/server/domain-errors";

/** One figure per metric, day and source (a unique index): a second one must correct the first. */
export function duplicateObservation(): DuplicateError {
  return new DuplicateError("asOf", "This vendor already has a figure from this source for this metric on this date: correct that one instead.");
}

import { z } from "zod";

/** The version an editor loaded (optimistic concurrency): a stale one is refused with 409. */
export const versionField = z.number({ error: "The version you edited is required." }).int().min(1);

/** A change that carries nothing but the version it applies to: archive, restore, delete. */
export const RecordVersionSchema = z.object({ version: versionField });

import { formatCode } from "@/lib/format";

// Past-tense verbs for the first word of an audit action ("update-vendor" → "Updated vendor").
const VERBS: Record<string, string> = {
  add: "Added",
  approve: "Approved",
  archive: "Archived",
  correct: "Corrected",
  create: "Created",
  delete: "Deleted",
  duplicate: "Duplicated",
  import: "Imported",
  issue: "Issued",
  open: "Opened",
  record: "Recorded",
  remove: "Removed",
  reopen: "Reopened",
  restore: "Restored",
  return: "Returned",
  revoke: "Revoked",
  set: "Set",
  update: "Updated",
};

const WHOLE: Record<string, string> = {
  "sign-in": "Signed in",
  "seed-demo-data": "Loaded the demo data",
  "restore-backup": "Restored from a backup",
};

/** An audit action for people: "update-evaluation-weights" → "Updated evaluation weights". */
export function actionLabel(action: string): string {
  if (WHOLE[action]) return WHOLE[action];
  const [verb, ...rest] = action.split("-");
  const object = rest.join(" ").replace(/\bapi\b/g, "API");
  return VERBS[verb] ? `${VERBS[verb]}${object ? ` ${object}` : ""}` : formatCode(action.replaceAll("-", "_"));
}

/** A record type for people: "ComplianceEvidence" → "Compliance evidence". */
export function entityTypeLabel(entityType: string): string {
  const text = entityType.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/\bapi\b/, "API");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

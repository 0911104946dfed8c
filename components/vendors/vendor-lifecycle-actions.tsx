"use client";

import { ConfirmedRemoveForm, VersionActionForm } from "@/components/ui/version-action-form";
import type { FormReply } from "@/lib/form-reply";

type Action = (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;

interface VendorLifecycleActionsProps {
  version: number;
  archived: boolean;
  /** No bid references the vendor, so it may be deleted rather than archived. */
  deletable: boolean;
  archive: Action;
  restore: Action;
  remove: Action;
}

/** Archive or restore a vendor; delete one that no bid references, after a confirmation. */
export function VendorLifecycleActions({ version, archived, deletable, archive, restore, remove }: VendorLifecycleActionsProps) {
  return (
    <div className="flex flex-wrap items-start gap-2" key={version}>
      {archived ? (
        <VersionActionForm id="restore-vendor" action={restore} version={version} label="Restore" pendingLabel="Restoring…" />
      ) : (
        <VersionActionForm id="archive-vendor" action={archive} version={version} label="Archive" pendingLabel="Archiving…" />
      )}
      {deletable && (
        <ConfirmedRemoveForm
          id="delete-vendor"
          action={remove}
          version={version}
          summary="Delete…"
          warning="Delete this vendor with its metric history, certification counts and compliance evidence? This cannot be undone; archive it to keep the history."
          label="Delete permanently"
          pendingLabel="Deleting…"
        />
      )}
    </div>
  );
}

"use client";

import { getInputProps } from "@conform-to/react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useServerForm } from "@/components/ui/use-server-form";
import type { FormReply } from "@/lib/form-reply";
import { RecordVersionSchema } from "@/lib/schemas/record-version";

type Action = (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;

function VersionForm({ id, action, version, label, pendingLabel, variant }: { id: string; action: Action; version: number; label: string; pendingLabel: string; variant: "secondary" | "danger" }) {
  const { form, fields, formProps, pending, reply } = useServerForm({ schema: RecordVersionSchema, action, defaultValue: { version: String(version) }, id });
  return (
    <form {...formProps} className="space-y-2">
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
      <FormStatus form={form} reply={reply} />
    </form>
  );
}

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
        <VersionForm id="restore-vendor" action={restore} version={version} label="Restore" pendingLabel="Restoring…" variant="secondary" />
      ) : (
        <VersionForm id="archive-vendor" action={archive} version={version} label="Archive" pendingLabel="Archiving…" variant="secondary" />
      )}
      {deletable && (
        <details className="relative">
          <summary className="cursor-pointer list-none rounded-md border border-red-300 bg-white px-4 py-2 text-sm text-red-800 hover:bg-red-50">Delete…</summary>
          <div className="absolute right-0 z-10 mt-2 w-80 rounded-md border border-slate-200 bg-white p-4 text-sm shadow-lg">
            <p className="mb-3">Delete this vendor with its metric history, certification counts and compliance evidence? This cannot be undone; archive it to keep the history.</p>
            <VersionForm id="delete-vendor" action={remove} version={version} label="Delete permanently" pendingLabel="Deleting…" variant="danger" />
          </div>
        </details>
      )}
    </div>
  );
}

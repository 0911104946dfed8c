"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { ImportReportView } from "@/components/vendors/import-report-view";
import type { ImportKind, ImportReport } from "@/lib/schemas/csv-import";

// The server's limit too (lib/server/imports/csv-records.ts): checked here first so a large
// file is refused before it is uploaded.
const MAX_BYTES = 20 * 1024 * 1024;

const KIND_LABELS: Record<ImportKind, string> = { vendors: "Vendors", metrics: "Metric observations" };

type Phase =
  | { step: "idle" }
  | { step: "uploading"; dryRun: boolean; loaded: number; total: number }
  | { step: "checking"; dryRun: boolean }
  | { step: "previewed"; report: ImportReport }
  | { step: "committed"; report: ImportReport }
  | { step: "failed"; message: string; report?: ImportReport };

interface UploadAnswer {
  status: number;
  body: (ImportReport & { error?: undefined }) | { error: { message: string } };
}

/** Sends the file as the request body, reporting upload progress (fetch cannot). */
function upload(kind: ImportKind, file: File, dryRun: boolean, onProgress: (loaded: number, total: number) => void, onUploaded: () => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/imports/${kind}${dryRun ? "?dryRun=true" : ""}`);
    request.setRequestHeader("content-type", "text/csv");
    request.responseType = "json";
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.upload.onload = onUploaded;
    request.onload = () => resolve({ status: request.status, body: request.response ?? { error: { message: `The server answered ${request.status}.` } } });
    request.onerror = () => reject(new Error("The upload failed: check your connection and try again."));
    request.send(file);
  });
}

/** Choose a file, see the preview with every error, then import it: all rows or none. */
export function CsvImportForm({ initialKind }: { initialKind: ImportKind }) {
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const fileHintId = useId();
  const busy = phase.step === "uploading" || phase.step === "checking";

  async function send(dryRun: boolean) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setPhase({ step: "failed", message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Split it into smaller files and import them one after the other.` });
      return;
    }
    setPhase({ step: "uploading", dryRun, loaded: 0, total: file.size });
    try {
      const answer = await upload(
        kind,
        file,
        dryRun,
        (loaded, total) => setPhase({ step: "uploading", dryRun, loaded, total }),
        () => setPhase({ step: "checking", dryRun }),
      );
      const { body } = answer;
      if (body.error) setPhase({ step: "failed", message: body.error.message });
      else if (body.committed) setPhase({ step: "committed", report: body });
      else if (dryRun) setPhase({ step: "previewed", report: body });
      else setPhase({ step: "failed", message: "The file has errors: nothing was imported. Fix the rows below and choose the file again.", report: body });
    } catch (error) {
      setPhase({ step: "failed", message: (error as Error).message });
    }
  }

  function choose(next: File | null) {
    setFile(next);
    setPhase({ step: "idle" });
  }

  const report = phase.step === "previewed" || phase.step === "committed" ? phase.report : phase.step === "failed" ? phase.report : undefined;
  const canCommit = phase.step === "previewed" && phase.report.summary.errors === 0 && phase.report.summary.rows > 0;
  const changes = phase.step === "previewed" ? phase.report.summary.new + phase.report.summary.updated : 0;

  return (
    <div className="space-y-4">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-medium text-slate-800">The file holds</legend>
          {(Object.keys(KIND_LABELS) as ImportKind[]).map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={option} checked={kind === option} disabled={busy} onChange={() => { setKind(option); setPhase({ step: "idle" }); }} />
              {KIND_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            aria-describedby={fileHintId}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm hover:file:bg-slate-100"
          />
          <p id={fileHintId} className="mt-1 text-xs text-slate-600">
            UTF-8 CSV with a header row, up to 20 MB and 200,000 rows. Nothing is written until you import the checked file.
          </p>
        </div>
        <button type="submit" disabled={!file || busy} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60">
          Check file
        </button>
      </form>

      {(phase.step === "uploading" || phase.step === "checking") && (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress
            className="h-2 w-full max-w-md"
            aria-label={phase.step === "uploading" ? "Upload progress" : "Checking the rows"}
            {...(phase.step === "uploading" ? { value: phase.loaded, max: phase.total || 1 } : {})}
          />
          <p className="text-sm text-slate-700">
            {phase.step === "uploading"
              ? `Uploading… ${Math.round((phase.loaded / (phase.total || 1)) * 100)} %`
              : phase.dryRun
                ? "Checking every row…"
                : "Importing every row…"}
          </p>
        </div>
      )}

      {phase.step === "failed" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {phase.message}
        </p>
      )}
      {phase.step === "previewed" && (
        <div role="status" className={`rounded-md border px-3 py-2 text-sm ${canCommit ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-red-200 bg-red-50 text-red-900"}`}>
          {canCommit
            ? changes === 0
              ? "Every row matches the registry already: there is nothing to import."
              : `The file is valid. Importing writes ${changes.toLocaleString("en-US")} ${changes === 1 ? "row" : "rows"} in one go.`
            : phase.report.summary.rows === 0 && phase.report.summary.errors === 0
              ? "The file has no rows to import."
              : "The file has errors, so it cannot be imported. Fix the rows listed below in your file, then choose it again and check it."}
        </div>
      )}
      {phase.step === "committed" && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Imported: {phase.report.summary.new.toLocaleString("en-US")} new, {phase.report.summary.updated.toLocaleString("en-US")} updated, {phase.report.summary.unchanged.toLocaleString("en-US")} unchanged.{" "}
          <Link href="/vendors" className="font-medium underline">
            Back to the vendors
          </Link>
        </div>
      )}
      {canCommit && changes > 0 && (
        <button type="button" onClick={() => void send(false)} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Import {changes.toLocaleString("en-US")} {changes === 1 ? "row" : "rows"}
        </button>
      )}
      {report && <ImportReportView report={report} />}
    </div>
  );
}

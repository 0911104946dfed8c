"use client";

/** Opens the browser's print dialog (A4 or Letter, or "Save as PDF"). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
      Print
    </button>
  );
}

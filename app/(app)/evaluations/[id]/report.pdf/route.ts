import { apiRoute } from "@/lib/server/api/api-route";
import { fileDate } from "@/lib/server/exports/csv-response";
import { getDecisionReport } from "@/lib/server/reports/decision-report";
import { renderDecisionReportPdf } from "@/lib/server/reports/decision-report-pdf";

// Monte Carlo (worker threads) and the PDF renderer need Node.
export const runtime = "nodejs";

type Params = { id: string };

/** GET /evaluations/{id}/report.pdf — the decision report as a PDF made on the server (every role). */
export const GET = apiRoute<Params>({ permission: "read:all" }, async ({ auth, params }) => {
  const pdf = await renderDecisionReportPdf(await getDecisionReport(auth, params.id));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="decision-report-${params.id}-${fileDate()}.pdf"`,
      "cache-control": "no-store",
    },
  });
});

import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { DecisionReport } from "@/lib/server/reports/decision-report";
import { formatUncertainAssumption } from "@/components/evaluations/assumption-format";
import { EVALUATION_STATUS_LABELS } from "@/components/evaluations/evaluation-status";
import { COMPONENT_LABELS, componentRows, componentsInUse, rankOrder } from "@/lib/evaluation/chart-series";
import { bidHeadline, paybackRange } from "@/lib/evaluation/headlines";
import { MODEL_VERSION } from "@/lib/evaluation/model-version";
import { DECISION_MATRIX_FACTORS } from "@/lib/scoring/healthcare-function";
import { formatCode, formatDate, formatDateTime, formatInteger, formatMoney, formatMoneyCents, formatPercent } from "@/lib/format";

// The decision report as a PDF, drawn with @react-pdf/renderer (docs/decisions/0005): the same
// sections and figures as /evaluations/{id}/report, with the charts as plain bars and tables.
// Helvetica, a PDF standard font, needs no font file. A4; the margins also suit Letter.

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 48, paddingHorizontal: 34, fontSize: 8.5, fontFamily: "Helvetica", color: "#0f172a" },
  kicker: { fontSize: 8, color: "#475569", textTransform: "uppercase" },
  title: { fontSize: 17, fontFamily: "Helvetica-Bold", marginTop: 2 },
  stamp: { fontSize: 7.5, color: "#475569", marginTop: 4, paddingBottom: 6, borderBottomWidth: 1.5, borderBottomColor: "#1e293b" },
  h2: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 5, paddingBottom: 2, borderBottomWidth: 0.5, borderBottomColor: "#94a3b8" },
  p: { marginBottom: 3, lineHeight: 1.35 },
  label: { color: "#475569", width: 110 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 2.5 },
  head: { flexDirection: "row", borderBottomWidth: 0.8, borderBottomColor: "#64748b", paddingVertical: 2.5, fontFamily: "Helvetica-Bold", color: "#334155" },
  cell: { paddingRight: 4 },
  num: { paddingRight: 4, textAlign: "right" },
  bar: { height: 7, backgroundColor: "#0f766e" },
  footer: { position: "absolute", bottom: 20, left: 34, right: 34, fontSize: 7, color: "#64748b", flexDirection: "row", justifyContent: "space-between" },
});

interface Column<Row> {
  header: string;
  width: number;
  numeric?: boolean;
  cell: (row: Row) => string;
}

function Table<Row>({ rows, columns }: { rows: Row[]; columns: Column<Row>[] }) {
  return (
    <View>
      <View style={s.head} fixed={false}>
        {columns.map((c) => (
          <Text key={c.header} style={[c.numeric ? s.num : s.cell, { width: `${c.width}%` }]}>
            {c.header}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={s.row} wrap={false}>
          {columns.map((c) => (
            <Text key={c.header} style={[c.numeric ? s.num : s.cell, { width: `${c.width}%` }]}>
              {c.cell(row)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Field({ label, children }: { label: string; children: string }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 3 }}>
      <Text style={s.label}>{label}</Text>
      <Text style={{ flex: 1, lineHeight: 1.35 }}>{children}</Text>
    </View>
  );
}

function DecisionReportDocument({ report }: { report: DecisionReport }) {
  const { evaluation, decision, results } = report;
  const ranked = rankOrder(results.bids);
  const maxTco = Math.max(results.baseline.tco, ...ranked.map((b) => b.tco), 1);
  const components = componentRows(results);
  const inUse = componentsInUse(components);
  return (
    <Document title={`Decision report: ${evaluation.name}`} author={report.organizationName} subject="BPO vendor evaluation" creator="BPO Evaluator">
      <Page size="A4" style={s.page}>
        <Text style={s.kicker}>Decision report · {report.organizationName}</Text>
        <Text style={s.title}>{evaluation.name}</Text>
        {evaluation.description ? <Text style={[s.p, { marginTop: 3 }]}>{evaluation.description}</Text> : null}
        <Text style={s.stamp}>
          Generated {formatDateTime(report.generatedAt)} · model version {MODEL_VERSION} · evaluation version {evaluation.version} · {EVALUATION_STATUS_LABELS[evaluation.status]} ·{" "}
          {results.frozenAt ? `figures as decided on ${formatDateTime(new Date(results.frozenAt))}` : "figures from today's data"} · evidence judged as of {formatDate(new Date(`${results.asOf}T00:00:00Z`))}
        </Text>

        <Text style={s.h2}>1. Decision and approval</Text>
        {decision.decidedBid ? (
          <View>
            <Field label="Chosen bid">{`${decision.decidedBid.label} (${decision.decidedBid.vendorName})`}</Field>
            <Field label="Rationale">{decision.decisionRationale ?? ""}</Field>
            <Field label="Recorded by">{`${decision.decidedBy ?? "-"} on ${formatDateTime(decision.decidedAt)}`}</Field>
            <Field label="Approval">{decision.status === "APPROVED" ? `Approved by ${decision.reviewedBy ?? "-"} on ${formatDateTime(decision.reviewedAt)}` : "Awaiting the Executive's approval"}</Field>
            {decision.status === "APPROVED" && decision.reviewComment ? <Field label="Approval comment">{decision.reviewComment}</Field> : null}
          </View>
        ) : (
          <Text style={s.p}>No decision recorded yet.</Text>
        )}

        <Text style={s.h2}>2. Scope and today&apos;s baseline</Text>
        <Text style={s.p}>{`${evaluation.functions.length} function(s) over a ${evaluation.termMonths}-month term.`}</Text>
        <Table
          rows={evaluation.functions}
          columns={[
            { header: "Function", width: 28, cell: (f) => DECISION_MATRIX_FACTORS[f.function].label },
            { header: "Volume / month", width: 12, numeric: true, cell: (f) => formatInteger(Number(f.volumePerMonth)) },
            { header: "Revenue / unit", width: 12, numeric: true, cell: (f) => formatMoneyCents(Number(f.revenuePerUnit)) },
            { header: "Denial rate", width: 11, numeric: true, cell: (f) => formatPercent(Number(f.baselineDenialRate)) },
            { header: "Coding acc.", width: 11, numeric: true, cell: (f) => formatPercent(Number(f.baselineCodingAccuracy)) },
            { header: "First pass", width: 11, numeric: true, cell: (f) => formatPercent(Number(f.baselineFirstPassRate)) },
            { header: "Cost / month", width: 15, numeric: true, cell: (f) => formatMoney(Number(f.baselineMonthlyCost)) },
          ]}
        />

        <Text style={s.h2}>3. Assumptions and their sources</Text>
        <Table
          rows={report.assumptions}
          columns={[
            { header: "Assumption", width: 38, cell: (a) => a.label },
            { header: "Value", width: 24, cell: (a) => formatUncertainAssumption(a.name, a.value) },
            { header: "Source", width: 38, cell: (a) => a.source },
          ]}
        />

        <Text style={s.h2} break={ranked.length > 6}>
          4. Ranking, qualification gates and fit
        </Text>
        {ranked.length === 0 ? (
          <Text style={s.p}>No bids were entered.</Text>
        ) : (
          <View>
            <Table
              rows={ranked}
              columns={[
                { header: "Rank", width: 6, cell: (b) => (b.qualified ? String(b.rank) : "-") },
                { header: "Bid / vendor", width: 26, cell: (b) => `${b.label}\n${b.vendor.name} (${formatCode(b.vendor.operatingModel)})${b.qualified ? "" : `\n${b.disqualificationReasons.join(" ")}`}` },
                { header: "Score", width: 8, numeric: true, cell: (b) => b.score.toFixed(1) },
                { header: "Audit def.", width: 9, numeric: true, cell: (b) => b.auditDefensibility.toFixed(0) },
                { header: "NRR", width: 9, numeric: true, cell: (b) => formatPercent(b.nrr) },
                { header: "TCO (term)", width: 14, numeric: true, cell: (b) => formatMoney(b.tco) },
                { header: "TCO / unit", width: 10, numeric: true, cell: (b) => (b.tcoPerUnit === null ? "-" : formatMoneyCents(b.tcoPerUnit)) },
                { header: "Payback", width: 9, numeric: true, cell: (b) => (b.paybackMonth === null ? "none" : `month ${b.paybackMonth}`) },
                { header: "P(first)", width: 9, numeric: true, cell: (b) => formatPercent(b.rankAcceptability) },
              ]}
            />
            {results.withdrawn.length > 0 ? <Text style={[s.p, { marginTop: 4 }]}>{`Withdrawn, not ranked: ${results.withdrawn.map((w) => `${w.label} (${w.vendorName})`).join(", ")}.`}</Text> : null}
            <Text style={[s.p, { marginTop: 6, fontFamily: "Helvetica-Bold" }]}>Fit to the decision matrix</Text>
            {ranked.map((b) => (
              <Text key={b.id} style={s.p}>
                {`${b.label}: ${b.lines.map((l) => `${DECISION_MATRIX_FACTORS[l.function].label} ${l.fit ? "fits" : "does not fit"} (recommends ${formatCode(l.recommendation).toLowerCase()})`).join("; ")}`}
              </Text>
            ))}
          </View>
        )}

        {ranked.length > 0 ? (
          <View break>
            <Text style={s.h2}>5. Total cost of ownership and uncertainty</Text>
            <Text style={s.p}>
              {results.uncertainty
                ? `Uncertainty from ${formatInteger(results.uncertainty.iterations)} Monte Carlo iterations with the evaluation's seed (${results.uncertainty.seed}).`
                : report.uncertaintyFailed
                  ? "The Monte Carlo run failed while this report was generated: most likely case only."
                  : "Most likely case."}
            </Text>
            {ranked.map((b) => {
              const u = results.uncertainty?.bids[b.id];
              return (
                <Text key={b.id} style={s.p}>
                  {`${b.label}: ${bidHeadline(b, results.termMonths, u)}.${u ? ` TCO P10 ${formatMoney(u.tco.p10)} to P90 ${formatMoney(u.tco.p90)}; payback ${paybackRange(u)}; lowest TCO in ${formatPercent(u.probabilityLowestTco)} of draws.` : ""}`}
                </Text>
              );
            })}
            <Text style={[s.p, { marginTop: 6, fontFamily: "Helvetica-Bold" }]}>TCO over the term against today&apos;s arrangement</Text>
            {[...ranked.map((b) => ({ label: b.label, tco: b.tco })), { label: "Today's arrangement", tco: results.baseline.tco }].map((row) => (
              <View key={row.label} style={{ flexDirection: "row", alignItems: "center", marginBottom: 3 }} wrap={false}>
                <Text style={{ width: 130 }}>{row.label}</Text>
                <View style={[s.bar, { width: `${(55 * row.tco) / maxTco}%`, backgroundColor: row.label === "Today's arrangement" ? "#94a3b8" : "#0f766e" }]} />
                <Text style={{ marginLeft: 4 }}>{formatMoney(row.tco)}</Text>
              </View>
            ))}
            <Text style={[s.p, { marginTop: 6, fontFamily: "Helvetica-Bold" }]}>TCO by component (USD over the term)</Text>
            <Table
              rows={[...inUse.map((c) => ({ label: COMPONENT_LABELS[c], values: components.map((r) => r[c]) })), { label: "Total", values: components.map((r) => r.total) }]}
              columns={[
                { header: "Component", width: 28, cell: (r) => r.label },
                ...components.map((bid, i) => ({ header: bid.label, width: 72 / components.length, numeric: true, cell: (r: { values: number[] }) => formatMoney(r.values[i]) })),
              ]}
            />
          </View>
        ) : null}

        <View style={s.footer} fixed>
          <Text>{`BPO Evaluator · ${evaluation.name} · model version ${MODEL_VERSION}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/** The report as PDF bytes, rendered on the server without a browser. */
export function renderDecisionReportPdf(report: DecisionReport): Promise<Buffer> {
  return renderToBuffer(<DecisionReportDocument report={report} />);
}

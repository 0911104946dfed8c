import "server-only";

// The worked example of the README and the reference page: get a token, create a vendor, post
// a metric, create an evaluation with two bids, read its results with Monte Carlo. The contract
// tests run these very steps, and check that the README shows this text, so it cannot rot.

export interface WorkedExampleStep {
  /** What the step does, for people. */
  title: string;
  method: "GET" | "POST";
  /** Relative to /api/v1; $VENDOR and $EVALUATION stand for ids of earlier steps. */
  path: string;
  body?: unknown;
  /** The shell variable the step's answer sets, from its `id` (or `token`). */
  saves?: { variable: "TOKEN" | "VENDOR" | "EVALUATION"; field: "token" | "id" };
  /** Shown after the command: what to look at in the answer. */
  note?: string;
}

export const WORKED_EXAMPLE_CREDENTIALS = { email: "admin@medcentral.example", password: "medcentral-demo" };

export const WORKED_EXAMPLE: WorkedExampleStep[] = [
  {
    title: "Get a token (a demo admin: the example creates vendors and evaluations)",
    method: "POST",
    path: "/auth/token",
    body: WORKED_EXAMPLE_CREDENTIALS,
    saves: { variable: "TOKEN", field: "token" },
  },
  {
    title: "Create a vendor (rates are fractions)",
    method: "POST",
    path: "/vendors",
    body: { name: "Northwind Coding Partners", operatingModel: "SPECIALIZED", functionsServed: ["MEDICAL_CODING"], fte: 120, annualTurnoverRate: 0.18 },
    saves: { variable: "VENDOR", field: "id" },
  },
  {
    title: "Post a metric observation",
    method: "POST",
    path: "/vendors/$VENDOR/metrics",
    body: { metric: "CODING_ACCURACY", value: 0.96, asOf: "2026-10-01", source: "CLIENT_MEASURED", measurementBasis: "CODE" },
  },
  {
    title: "Create an evaluation: medical coding in scope with today's baseline",
    method: "POST",
    path: "/evaluations",
    body: {
      name: "Coding outsourcing 2027",
      termMonths: 36,
      functions: [
        {
          function: "MEDICAL_CODING",
          volumePerMonth: 12000,
          revenuePerUnit: 180,
          baselineDenialRate: 0.11,
          baselineReworkRate: 0.6,
          baselineOverturnRate: 0.5,
          baselineCodingAccuracy: 0.93,
          baselineFirstPassRate: 0.85,
          baselineMonthlyCost: 95000,
        },
      ],
    },
    saves: { variable: "EVALUATION", field: "id" },
  },
  { title: "Open it for bids (version 1 is the one just created)", method: "POST", path: "/evaluations/$EVALUATION/open", body: { version: 1 } },
  {
    title: "Add a bid priced per chart",
    method: "POST",
    path: "/evaluations/$EVALUATION/bids",
    body: {
      vendorId: "$VENDOR",
      label: "Per-chart pricing",
      implementationFee: 40000,
      lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_UNIT", rate: 6.5 }, commitments: { codingAccuracy: 0.96 } }],
    },
  },
  {
    title: "Add a second bid priced per FTE-month, its rate a low–likely–high range",
    method: "POST",
    path: "/evaluations/$EVALUATION/bids",
    body: {
      vendorId: "$VENDOR",
      label: "Dedicated team",
      lines: [{ function: "MEDICAL_CODING", pricing: { model: "PER_FTE_MONTH", rate: { low: 5200, mode: 5600, high: 6100 }, fte: 14 } }],
    },
  },
  {
    title: "Read the results with 2,000 Monte Carlo iterations",
    method: "GET",
    path: "/evaluations/$EVALUATION/results?monteCarlo=2000",
    note: "bids[].rank, .tco, .nrr and .paybackMonth; uncertainty.bids[id].tco.p10/p50/p90",
  },
];

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The example as a shell session (curl and jq), with $BASE the API's root. */
export function workedExampleShell(): string {
  const lines = ["BASE=http://localhost:3000/api/v1"];
  for (const step of WORKED_EXAMPLE) {
    lines.push("", `# ${step.title}`);
    const url = `"$BASE${step.path}"`;
    const parts = [`curl -sf${step.method === "GET" ? "" : ` -X ${step.method}`} ${url}`];
    if (step.path !== "/auth/token") parts.push(`-H "authorization: Bearer $TOKEN"`);
    if (step.body !== undefined) {
      parts.push(`-H 'content-type: application/json'`);
      const json = JSON.stringify(step.body);
      // Ids of earlier steps go into the body through the shell: "…'"$VENDOR"'…".
      parts.push(`-d ${shellQuote(json).replaceAll("$VENDOR", `'"$VENDOR"'`)}`);
    }
    const command = parts.join(" \\\n  ");
    lines.push(step.saves ? `${step.saves.variable}=$(${command} | jq -r .${step.saves.field})` : `${command} | jq .`);
    if (step.note) lines.push(`# → ${step.note}`);
  }
  return lines.join("\n");
}

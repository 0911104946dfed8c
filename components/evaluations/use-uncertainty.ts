"use client";

import { useCallback, useEffect, useState } from "react";
import type { UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";

export type UncertaintyState =
  | { status: "loading" }
  | { status: "ready"; uncertainty: UncertaintyOutcome }
  | { status: "error"; message: string };

/**
 * Fetches an evaluation's Monte Carlo block from the results API after the page is shown, so the
 * deterministic figures appear at once and the page stays usable while the worker pool runs.
 * The stored seed makes a reload give the same numbers. `retry` runs it again after a failure.
 */
export function useUncertainty(evaluationId: string, iterations: number): { state: UncertaintyState; retry: () => void } {
  const [state, setState] = useState<UncertaintyState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/v1/evaluations/${encodeURIComponent(evaluationId)}/results?monteCarlo=${iterations}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        const body = await response.json().catch(() => null);
        if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
        if (!body?.uncertainty) throw new Error("The server sent no uncertainty figures.");
        setState({ status: "ready", uncertainty: body.uncertainty as UncertaintyOutcome });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", message: error instanceof Error ? error.message : "The uncertainty analysis failed." });
      });
    return () => controller.abort();
  }, [evaluationId, iterations, attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

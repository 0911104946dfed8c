"use client";

import { useCallback, useEffect, useState } from "react";
import type { UncertaintyOutcome } from "@/lib/evaluation/evaluation-results";

export type UncertaintyState =
  | { status: "loading"; /** The server was busy (429/503): it asks again after this many seconds. */ busyRetryInSeconds?: number }
  | { status: "ready"; uncertainty: UncertaintyOutcome }
  | { status: "error"; message: string };

/** Busy answers the page waits out by itself before it shows the error and its Retry button. */
const AUTOMATIC_RETRIES = 3;

/**
 * Fetches an evaluation's Monte Carlo block from the results API after the page is shown, so the
 * deterministic figures appear at once and the page stays usable while the worker pool runs.
 * The stored seed makes a reload give the same numbers. When the pool is full (429/503 with
 * Retry-After) it asks again after the time the server names, up to AUTOMATIC_RETRIES times.
 * `retry` runs it again after a failure.
 */
export function useUncertainty(evaluationId: string, iterations: number): { state: UncertaintyState; retry: () => void } {
  const [state, setState] = useState<UncertaintyState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (retriesLeft: number) => {
      fetch(`/api/v1/evaluations/${encodeURIComponent(evaluationId)}/results?monteCarlo=${iterations}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          const body = await response.json().catch(() => null);
          const retryAfter = Number(response.headers.get("retry-after"));
          if ((response.status === 429 || response.status === 503) && retriesLeft > 0 && retryAfter > 0) {
            const seconds = Math.min(30, retryAfter);
            setState({ status: "loading", busyRetryInSeconds: seconds });
            timer = setTimeout(() => load(retriesLeft - 1), seconds * 1000);
            return;
          }
          if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
          if (!body?.uncertainty) throw new Error("The server sent no uncertainty figures.");
          setState({ status: "ready", uncertainty: body.uncertainty as UncertaintyOutcome });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: "error", message: error instanceof Error ? error.message : "The uncertainty analysis failed." });
        });
    };
    load(AUTOMATIC_RETRIES);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [evaluationId, iterations, attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

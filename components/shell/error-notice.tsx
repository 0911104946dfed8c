"use client";

import { isDatabaseUnavailableDigest } from "@/lib/database-unavailable-digest";

/**
 * What a person sees when a page or a server action fails unexpectedly. The reference is the
 * request id for a failed action (and the error's digest for a failed page), the key to its
 * log line; the error's message and stack stay on the server.
 */
export function ErrorNotice({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (isDatabaseUnavailableDigest(error.digest)) {
    return (
      <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold text-amber-900">Temporarily unavailable</h1>
        <p className="mt-1 text-sm text-amber-900">
          The database cannot be reached just now. Try again shortly: the app reconnects by itself.
        </p>
        <button type="button" onClick={reset} className="mt-4 rounded-md bg-amber-800 px-4 py-2 text-sm font-semibold text-white">
          Try again
        </button>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">Something went wrong</h1>
      <p className="mt-1 text-sm text-red-800">The page could not be shown or the change could not be completed. Please try again.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-red-800">
          If it happens again, tell your administrator this request id: <code data-testid="request-id" className="font-mono">{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </div>
  );
}

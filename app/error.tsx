"use client";

import { ErrorNotice } from "@/components/shell/error-notice";

// Outside the signed-in shell (the sign-in page): the same notice, centred.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <ErrorNotice {...props} />
    </main>
  );
}

import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "BPO Evaluator", template: "%s · BPO Evaluator" },
  description: "Choose healthcare BPO vendors on net revenue realization and audit defensibility.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets the Content-Security-Policy nonce of its
  // response (proxy.ts); a page prerendered at build time would carry scripts without one.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}

import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "BPO Evaluator", template: "%s · BPO Evaluator" },
  description: "Choose healthcare BPO vendors on net revenue realization and audit defensibility.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}

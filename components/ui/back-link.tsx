import Link from "next/link";

/** The link above a detail page's title back to its list. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="text-brand-800 hover:underline">
        ← {label}
      </Link>
    </p>
  );
}

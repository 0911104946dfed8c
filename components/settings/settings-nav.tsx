"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface SettingsSection {
  href: string;
  label: string;
}

/** The Settings sections as tabs (links, so each has its own URL). */
export function SettingsNav({ sections }: { sections: SettingsSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {sections.map((section) => {
          const active = pathname === section.href;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm font-medium ${active ? "border-slate-200 border-b-white bg-white text-brand-800" : "border-transparent text-slate-600 hover:bg-slate-100"}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

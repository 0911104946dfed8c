import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { can, type Permission } from "@/lib/server/permissions";

const SECTIONS: { href: string; label: string; permission: Permission }[] = [
  { href: "/settings", label: "Users and roles", permission: "manage:users" },
  { href: "/settings/defaults", label: "Defaults", permission: "edit:settings" },
  { href: "/settings/matrix", label: "Decision matrix", permission: "edit:settings" },
  { href: "/settings/tokens", label: "API tokens", permission: "manage:tokens" },
];

/** Settings: the Admin's pages. Each page checks its own permission again. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const auth = await requirePagePermission("edit:settings");
  return (
    <>
      <PageHeader title="Settings" description={`Users, defaults, the decision matrix and API access for ${auth.organizationName}.`} />
      <SettingsNav sections={SECTIONS.filter((s) => can(auth.role, s.permission)).map(({ href, label }) => ({ href, label }))} />
      {children}
    </>
  );
}

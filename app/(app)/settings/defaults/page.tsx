import type { Metadata } from "next";
import { OrganizationDefaultsForm } from "@/components/settings/organization-defaults-form";
import { organizationDefaultsFormValues } from "@/components/settings/organization-defaults-values";
import { CommandButton } from "@/components/ui/command-button";
import { Panel } from "@/components/ui/panel";
import { requirePagePermission } from "@/lib/server/auth/current-auth";
import { getOrganizationDefaults } from "@/lib/server/queries/organization-defaults";
import { formatDateTime } from "@/lib/format";
import { weightsDepartFromModel } from "@/lib/evaluation/organization-defaults";
import { resetOrganizationDefaultsAction, saveOrganizationDefaultsAction } from "./actions";

export const metadata: Metadata = { title: "Organisation defaults" };

const NOTICES: Record<string, string> = {
  saved: "Defaults saved. New evaluations start from them; existing evaluations keep the assumptions they were created with.",
  reset: "Every default is MODEL.md's again. Existing evaluations keep the assumptions they were created with.",
};

export default async function DefaultsSettingsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const auth = await requirePagePermission("edit:settings");
  const [defaults, { done }] = await Promise.all([getOrganizationDefaults(auth.organizationId), searchParams]);
  const notice = done ? NOTICES[done] : undefined;
  const departures = Object.keys(defaults.own).length + (weightsDepartFromModel(defaults.weights) ? 1 : 0);
  return (
    <div className="space-y-6">
      {notice && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      )}
      <Panel title="Defaults for new evaluations">
        <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
          <p className="max-w-3xl text-sm text-slate-600">
            {departures === 0 ? "Every default is MODEL.md's." : departures === 1 ? "One of your defaults departs from MODEL.md's." : `${departures} of your defaults depart from MODEL.md's.`} A new evaluation copies these
            defaults when it is created; changing them later never changes an evaluation that exists, so results already decided on stay
            reproducible.
            {defaults.lastChange && (
              <span className="mt-1 block text-xs text-slate-500">
                Last changed by {defaults.lastChange.by ?? "someone"} on {formatDateTime(defaults.lastChange.at)}.
              </span>
            )}
          </p>
          {departures > 0 && (
            <CommandButton
              action={resetOrganizationDefaultsAction}
              input={{ version: defaults.version }}
              label="Reset to MODEL.md defaults"
              pendingLabel="Resetting…"
              confirm="Every assumption, its source, the claim haircut and the weights go back to MODEL.md's. Existing evaluations do not change."
              variant="danger"
            />
          )}
        </div>
        <OrganizationDefaultsForm key={defaults.version} action={saveOrganizationDefaultsAction} defaultValue={organizationDefaultsFormValues(defaults)} />
      </Panel>
    </div>
  );
}

import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { PolicyForm } from "@/components/enrichment/policy-form";
import { ApiTokensCard } from "@/components/settings/api-tokens-card";
import { HandoffConfigForm } from "@/components/settings/handoff-config-form";
import { SettingsList } from "@/components/settings/settings-list";
import { UsersTable } from "@/components/settings/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { user, allowed, label } = await requirePage("/settings");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const api = await getServerApi();
  const [settings, policy, handoff] = await Promise.all([api.settings.list(), api.enrichment.policy(), api.handoff.config()]);
  return (
    <>
      <PageHeader title="Settings" description="Users and roles, the enrichment gate, handoff transports and the engine's stored settings. Every change is audited." />
      <div className="space-y-4">
        <UsersTable currentUserId={user.id} />
        <PolicyForm initial={policy} />
        <HandoffConfigForm initial={handoff} />
        <SettingsList settings={settings} />
        <ApiTokensCard />
      </div>
    </>
  );
}

import { Users } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Audience pools" };

export default async function PoolsPage() {
  const { user, allowed, label } = await requirePage("/pools");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  return (
    <>
      <PageHeader title="Audience pools" description="Groups of lead cards: one per import, saved filters, or hand-picked sets." />
      <StagePlaceholder
        icon={<Users className="size-5" />}
        title="No audience pools yet"
        willShow="Pools will be listed here with their kind (source, rule or manual), size and breakdown by platform, tribe and label; opening one shows its lead cards with filters, sorting and bulk actions."
        now={
          <>
            This screen is not built yet. Imported profiles already become lead cards (counted on the dashboard), and{" "}
            <Code>npx sxe import --pool &lt;name&gt;</Code> puts them in a named pool.
          </>
        }
      />
    </>
  );
}

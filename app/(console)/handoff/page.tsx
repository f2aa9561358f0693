import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { BatchesTable } from "@/components/handoff/batches-table";
import { CreateBatchPanel } from "@/components/handoff/create-batch-panel";
import { TransportsCard } from "@/components/handoff/transports-card";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Handoff" };

export default async function HandoffPage() {
  const { user, allowed, label } = await requirePage("/handoff");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const api = await getServerApi();
  const [options, initial] = await Promise.all([api.handoff.options(), api.handoff.list({ limit: 25 })]);
  return (
    <>
      <PageHeader
        title="Handoff"
        description={
          <>
            Versioned batches of execution-ready lead cards (schema <a className="underline" href="/schemas/lead-record/v1.json">lead-record v1</a>), validated before they leave and delivered by file, signed push, pull API or queue. Also from a terminal: <Code>npx sxe handoff create --pool NAME --actor EMAIL</Code>.
          </>
        }
      />
      <div className="space-y-4">
        <CreateBatchPanel options={options} />
        <BatchesTable initial={initial} options={options} />
        <TransportsCard options={options} />
      </div>
    </>
  );
}

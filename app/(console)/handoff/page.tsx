import { Send } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Handoff" };

export default async function HandoffPage() {
  const { user, allowed, label } = await requirePage("/handoff");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  return (
    <>
      <PageHeader title="Handoff" description="Versioned batches of lead cards delivered to downstream systems." />
      <StagePlaceholder
        icon={<Send className="size-5" />}
        title="No handoff batches yet"
        willShow="Batches will be listed here with schema version, selection, record count, files and who created them, plus every delivery attempt and its status, with retry for failed deliveries."
        now="Building and delivering batches is not built yet, so nothing has been handed off. Delivery transports will be configured in Settings."
      />
    </>
  );
}

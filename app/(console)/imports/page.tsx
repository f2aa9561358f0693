import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  const { user, allowed, label } = await requirePage("/imports");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  return (
    <>
      <PageHeader title="Imports" description="Audience files brought into the engine and what became of each record." />
      <StagePlaceholder
        icon={<FileUp className="size-5" />}
        title="No imports yet"
        willShow="Every imported file will be listed here: platform and format, who ran it, when and for how long, and how many records were read, accepted, rejected, de-duplicated and redacted, with live progress while it runs."
        now="The ingest stage (TikTok, Instagram and X exports) is not built yet, so there is nothing to upload today, from this screen or the command line. Audit events and users are already live."
      />
    </>
  );
}

import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { StagePlaceholder } from "@/components/console/stage-placeholder";
import { ImportHistory } from "@/components/imports/import-history";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  const { user, allowed, label } = await requirePage("/imports");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const api = await getServerApi();
  const list = await api.imports.list({ limit: 50 });
  const howTo = (
    <>
      Import files from the command line with <Code>npx sxe import &lt;files…&gt;</Code> (a worker must be running: <Code>npm run worker</Code>, or add{" "}
      <Code>--with-worker</Code>). Uploading from this screen, with live progress and cancel, is not built yet.
    </>
  );
  return (
    <>
      <PageHeader title="Imports" description="Audience files brought into the engine and what became of each record." />
      {list.items.length ? (
        <div className="space-y-3">
          <ImportHistory list={list} />
          <p className="text-xs text-muted">{howTo}</p>
        </div>
      ) : (
        <StagePlaceholder
          icon={<FileUp className="size-5" />}
          title="No imports yet"
          willShow="Every imported file will be listed here: platform and format, who ran it, when and for how long, and how many records were read, accepted, rejected, de-duplicated and redacted."
          now={howTo}
        />
      )}
    </>
  );
}

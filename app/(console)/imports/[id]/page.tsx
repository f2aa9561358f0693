import { TRPCError } from "@trpc/server";
import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoAccess } from "@/components/console/no-access";
import { ImportDetail } from "@/components/imports/import-detail";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../../_lib/require-page";

export const metadata: Metadata = { title: "Import job" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, allowed, label } = await requirePage(
    "/imports",
    params.then(({ id }) => `/imports/${encodeURIComponent(id)}`),
  );
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const { id } = await params;
  if (!UUID.test(id)) notFound();

  const api = await getServerApi();
  const [job, options] = await Promise.all([
    api.imports.get({ id }).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    api.imports.options(),
  ]);
  const formatLabels = Object.fromEntries(options.formats.map((format) => [format.id, format.label]));

  return (
    <>
      <PageHeader
        title={job.fileName}
        description={<>Import job · {job.actorEmail ? `run by ${job.actorEmail}` : "run by the system"}</>}
        actions={
          <Link href="/imports" className={buttonClasses("ghost", "sm")}>
            <ChevronLeft aria-hidden className="size-3.5" />
            All imports
          </Link>
        }
      />
      <ImportDetail initial={job} formatLabels={formatLabels} canCancel={can(user.role, "importAudience")} />
    </>
  );
}

import type { Metadata } from "next";
import { NoAccess } from "@/components/console/no-access";
import { decodeKeysetCursor, parseCursorTrail, parsePageSize } from "@/components/data-table/keyset-cursor";
import { ImportsWorkspace } from "@/components/imports/imports-workspace";
import { Code } from "@/components/ui/code";
import { PageHeader } from "@/components/ui/page-header";
import { getServerApi } from "@/server/api/server-caller";
import { can } from "@/server/domain/auth/roles";
import { requirePage } from "../_lib/require-page";

export const metadata: Metadata = { title: "Imports" };

const DEFAULT_PAGE_SIZE = 25;

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ImportsPage({ searchParams }: { searchParams: TSearchParams }) {
  const { user, allowed, label } = await requirePage("/imports");
  if (!allowed) return <NoAccess section={label} role={user.role} />;
  const canImport = can(user.role, "importAudience");

  // The history page the URL asks for (same parsing as the table's URL state), rendered at once.
  const params = await searchParams;
  const trail = parseCursorTrail(first(params["imports.older"]));
  const cursorParam = trail.at(-1) ?? null;
  const size = parsePageSize(first(params["imports.size"]), DEFAULT_PAGE_SIZE);
  const api = await getServerApi();
  const [options, initial] = await Promise.all([api.imports.options(), api.imports.list({ limit: size, cursor: decodeKeysetCursor(cursorParam) })]);
  const formatLabels = Object.fromEntries(options.formats.map((format) => [format.id, format.label]));

  return (
    <>
      <PageHeader
        title="Imports"
        description={
          canImport ? (
            <>
              Bring audience files into the engine and see what became of each record. Large batches can also run from the command line:{" "}
              <Code>npx sxe import &lt;files…&gt;</Code>.
            </>
          ) : (
            "Audience files brought into the engine and what became of each record. Your role reads the history; Growth staff and admins import."
          )
        }
      />
      <ImportsWorkspace canImport={canImport} options={options} formatLabels={formatLabels} initial={initial} initialKey={{ cursor: cursorParam, size }} />
    </>
  );
}

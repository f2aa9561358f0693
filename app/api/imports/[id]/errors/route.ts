import { downloadImportErrors } from "@/server/api/http/import-errors-csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return downloadImportErrors(id);
}

import { downloadBatchFile } from "@/server/api/http/handoff-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ batch: string; name: string }> }) {
  const { batch, name } = await params;
  return downloadBatchFile(batch, name);
}

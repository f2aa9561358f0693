import { uploadImport } from "@/server/api/http/upload-import";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = (request: Request) => uploadImport(request);

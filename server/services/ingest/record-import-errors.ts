import type pg from "pg";
import type { TRecordError } from "@/server/domain/ingest/profile";
import { copyRows } from "./copy-rows";

const columns = ["job_id", "record_index", "line", "field", "code", "message"] as const;

/** Writes per-record errors in bulk, inside the import's transaction. */
export async function recordImportErrors(client: pg.ClientBase, jobId: string, errors: TRecordError[]): Promise<void> {
  if (errors.length === 0) return;
  await copyRows(client, "import_errors", columns, errors.map((e) => [jobId, e.index, e.line, e.field, e.code, e.message.slice(0, 1000)]));
}

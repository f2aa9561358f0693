import path from "node:path";
import { buildLeadRecord, leadRecordCsvHeader, leadRecordCsvRow } from "@/server/domain/handoff/lead-record";
import { validateLeadRecord } from "@/server/domain/handoff/validate-record";
import type { TDncRule } from "@/server/domain/settings/handoff";
import { encodeCopyLine } from "@/server/services/ingest/copy-rows";
import { HashedFile } from "./hashed-file";
import type { TSelectionPage } from "./selection-reader";

export type TInvalidRecord = { position: number; leadId: string; field: string; reason: string };
type TPoolRef = { id: string; name: string; kind: string };

const MAX_REPORTED_ISSUES = 200;
/** The handoff_batch_records columns renderPage's COPY text fills. */
export const RECORD_ROW_COLUMNS = ["batch_id", "position", "lead_card_id", "line_offset", "line_bytes"] as const;

/**
 * Renders a batch page by page: builds each lead record, applies the DNC rule, validates it
 * against lead-record v1, and writes it to the JSONL and CSV files (hashed on the way). Each page
 * yields the COPY text of its handoff_batch_records rows: the record's card and the byte range of
 * its JSONL line (the pull API reads records from the file). After the first invalid record it only
 * validates (the batch fails with a report, so nothing more is written).
 */
export class BatchRenderer {
  position = 0;
  suppressed = 0;
  invalid = 0;
  flaggedRecords = 0;
  flaggedContacts = 0;
  readonly report: TInvalidRecord[] = [];
  readonly jsonl: HashedFile;
  readonly csv: HashedFile;
  /** Where the next JSONL line starts (bytes). */
  private lineOffset = 0;

  constructor(
    dir: string,
    names: { jsonl: string; csv: string },
    private readonly batch: { id: string; publicId: string; generatedAt: string; dnc: TDncRule; rulePool: TPoolRef | null },
  ) {
    this.jsonl = new HashedFile(path.join(dir, names.jsonl));
    this.csv = new HashedFile(path.join(dir, names.csv));
  }

  async start(): Promise<void> {
    await this.csv.write(leadRecordCsvHeader());
  }

  /** Renders one page; returns the COPY text of its rows (RECORD_ROW_COLUMNS: the card and where its JSONL line is). */
  async renderPage(page: TSelectionPage): Promise<string> {
    const { batch } = this;
    const ctx = { batchId: batch.publicId, generatedAt: batch.generatedAt, dnc: batch.dnc };
    this.suppressed += page.suppressed;
    let copyText = "";
    for (const row of page.sources) {
      const built = buildLeadRecord(row, ctx);
      this.flaggedContacts += built.droppedContacts;
      if ("excluded" in built) {
        this.flaggedRecords++;
        continue;
      }
      const record = built.record;
      const rulePool = batch.rulePool;
      if (rulePool && !record.pools.some((p) => p.id === rulePool.id)) record.pools.push(rulePool);
      const position = ++this.position;
      const issues = validateLeadRecord(record);
      if (issues.length) {
        this.invalid++;
        for (const issue of issues) if (this.report.length < MAX_REPORTED_ISSUES) this.report.push({ position, leadId: record.lead_id, ...issue });
        continue;
      }
      if (this.invalid) continue; // the batch fails anyway: keep validating, stop rendering
      const json = JSON.stringify(record);
      const lineBytes = Buffer.byteLength(json);
      await this.jsonl.write(`${json}\n`);
      await this.csv.write(leadRecordCsvRow(record));
      copyText += encodeCopyLine([batch.id, position, row.lead_card_id, this.lineOffset, lineBytes]);
      this.lineOffset += lineBytes + 1;
    }
    return this.invalid ? "" : copyText;
  }

  close() {
    return Promise.all([this.jsonl.close(), this.csv.close()]);
  }
}

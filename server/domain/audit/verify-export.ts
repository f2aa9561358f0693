import { GENESIS_HASH, hashAuditRow } from "./chain";
import type { TExportManifest } from "./export-manifest";
import { fromExportRow, type TAuditExportRow } from "./export-row";

export type TExportProblem = { line: number | null; seq: string | null; reason: string };

export type TExportVerification = {
  ok: boolean;
  rows: number;
  firstSeq: string | null;
  lastSeq: string | null;
  firstPrevHash: string | null;
  lastHash: string | null;
  problems: TExportProblem[];
};

const MAX_PROBLEMS = 50;
const isHex64 = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);

/**
 * Checks an exported JSONL line by line, with no database: each row's hash is recomputed from its
 * columns, and each row that directly follows the previous one (seq + 1) must point at its hash.
 * In a contiguous export (no filter but a time range) a missing seq is a problem too. Pure: the
 * caller feeds lines (1-based numbers) and calls finish().
 */
export function createExportVerifier(opts: { contiguous: boolean }) {
  const problems: TExportProblem[] = [];
  let rows = 0;
  let previous: { seq: bigint; hash: string } | null = null;
  let first: { seq: string; prevHash: string } | null = null;
  const problem = (p: TExportProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };

  return {
    push(text: string, line: number): void {
      if (text.trim() === "") return;
      let row: TAuditExportRow;
      try {
        row = JSON.parse(text) as TAuditExportRow;
      } catch {
        problem({ line, seq: null, reason: "not valid JSON" });
        return;
      }
      const seqText = typeof row?.seq === "string" || typeof row?.seq === "number" ? String(row.seq) : null;
      if (!seqText || !/^[1-9][0-9]*$/.test(seqText) || !isHex64(row.hash) || !isHex64(row.prev_hash) || typeof row.occurred_at !== "string") {
        problem({ line, seq: seqText, reason: "missing or malformed seq, occurred_at, prev_hash or hash" });
        return;
      }
      rows++;
      const seq = BigInt(seqText);
      first ??= { seq: seqText, prevHash: row.prev_hash };
      if (previous && seq <= previous.seq) problem({ line, seq: seqText, reason: `out of order: seq ${seq} after ${previous.seq}` });
      else if (previous && seq === previous.seq + 1n && row.prev_hash !== previous.hash) {
        problem({ line, seq: seqText, reason: `prev_hash does not match the hash of seq ${previous.seq} (line ${line - 1}): a row was altered, inserted or removed` });
      } else if (previous && seq !== previous.seq + 1n && opts.contiguous) {
        problem({ line, seq: seqText, reason: `sequence gap: expected ${previous.seq + 1n}, found ${seq} (rows removed)` });
      } else if (!previous && seq === 1n && row.prev_hash !== GENESIS_HASH) {
        problem({ line, seq: seqText, reason: "the first row of the chain must point at the genesis hash" });
      }
      let recomputed: string;
      try {
        recomputed = hashAuditRow(fromExportRow(row));
      } catch {
        recomputed = "";
      }
      if (recomputed !== row.hash) problem({ line, seq: seqText, reason: "hash does not match the row's content (row altered)" });
      previous = { seq, hash: row.hash };
    },

    finish(): TExportVerification {
      const last = previous as { seq: bigint; hash: string } | null;
      return {
        ok: problems.length === 0,
        rows,
        firstSeq: first?.seq ?? null,
        lastSeq: last ? String(last.seq) : null,
        firstPrevHash: first?.prevHash ?? null,
        lastHash: last?.hash ?? null,
        problems,
      };
    },
  };
}

/** Compares what the file holds with its manifest (counts, end hashes, the file's sha256). */
export function checkAgainstManifest(result: TExportVerification, manifest: TExportManifest, file: { name: string; sha256: string; bytes: number }): TExportProblem[] {
  const problems: TExportProblem[] = [];
  const entry = manifest.files.find((f) => f.name === file.name) ?? (manifest.files.length === 1 ? manifest.files[0] : undefined);
  if (!entry) problems.push({ line: null, seq: null, reason: `the manifest lists no file named ${file.name}` });
  else {
    if (entry.sha256 !== file.sha256) problems.push({ line: null, seq: null, reason: `sha256 of ${file.name} is ${file.sha256}, the manifest says ${entry.sha256} (file changed)` });
    if (entry.bytes !== file.bytes) problems.push({ line: null, seq: null, reason: `${file.name} has ${file.bytes} bytes, the manifest says ${entry.bytes}` });
  }
  const compare = (label: string, actual: string | number | null, expected: string | number | null) => {
    if (actual !== expected) problems.push({ line: null, seq: null, reason: `${label}: file has ${actual ?? "none"}, the manifest says ${expected ?? "none"}` });
  };
  compare("row count", result.rows, manifest.rowCount);
  compare("first seq", result.firstSeq, manifest.firstSeq);
  compare("last seq", result.lastSeq, manifest.lastSeq);
  compare("prev_hash of the first row", result.firstPrevHash, manifest.firstPrevHash);
  compare("hash of the last row", result.lastHash, manifest.lastHash);
  return problems;
}

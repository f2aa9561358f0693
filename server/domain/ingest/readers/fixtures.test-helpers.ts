/**
 * Test-only helpers (imported by *.test.ts files only, never by reader code): load fixture
 * files, feed bytes in chunks of a chosen size, and collect everything a reader produces.
 */
// eslint-disable-next-line no-restricted-imports -- tests read fixture files; reader code never touches the file system
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { FileFormatError, type TFileWarning, type TReadItem, type TSourceFormat } from "../formats";
import { detectFormat } from "./detect-format";
import { readRecords } from "./read-records";
import type { TReadOptions } from "./read-options";

const FIXTURES = path.resolve(import.meta.dirname, "../__fixtures__/readers");

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** The bytes as a Node Readable emitting `size`-byte chunks (Infinity: one chunk). */
export function chunked(bytes: Uint8Array, size = Infinity): Readable {
  const chunks: Uint8Array[] = [];
  if (size === Infinity) chunks.push(bytes);
  else for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}

export type TCollected = {
  items: TReadItem[];
  records: Extract<TReadItem, { kind: "record" }>[];
  errors: Extract<TReadItem, { kind: "error" }>[];
  warnings: TFileWarning[];
  failure: FileFormatError | null;
  bytes: number;
};

/** Run readRecords to the end, keeping a FileFormatError (if any) instead of throwing it. */
export async function collect(
  format: TSourceFormat,
  bytes: Uint8Array,
  opts: Partial<TReadOptions> & { fileName: string; chunkSize?: number },
): Promise<TCollected> {
  const out: TCollected = { items: [], records: [], errors: [], warnings: [], failure: null, bytes: 0 };
  const { chunkSize, ...rest } = opts;
  const readOpts: TReadOptions = {
    encoding: "utf8",
    ...rest,
    onWarning: (w) => out.warnings.push(w),
    onBytes: (n) => (out.bytes += n),
  };
  try {
    for await (const item of readRecords(format, chunked(bytes, chunkSize), readOpts)) {
      out.items.push(item);
      if (item.kind === "record") out.records.push(item);
      else out.errors.push(item);
    }
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    out.failure = error;
  }
  return out;
}

/** Detect a fixture and read it with the detected format and encoding. */
export async function readFixture(name: string, chunkSize?: number): Promise<TCollected> {
  const bytes = fixture(name);
  const detected = detectFormat(bytes.subarray(0, 64 * 1024), name);
  return collect(detected.format, bytes, { fileName: name, encoding: detected.encoding, chunkSize });
}

/** The value of a record as a plain object (fails the test if it is not one). */
export function obj(item: TReadItem | undefined): Record<string, unknown> {
  if (!item || item.kind !== "record" || typeof item.value !== "object" || item.value === null || Array.isArray(item.value)) {
    throw new Error(`expected an object record, got ${JSON.stringify(item)}`);
  }
  return item.value as Record<string, unknown>;
}

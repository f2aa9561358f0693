import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value COPY's text format can carry: arrays become PostgreSQL arrays (text[]), other objects JSON; pass a JSON array for a jsonb column already serialised. */
export type TCopyValue = string | number | bigint | boolean | Date | null | undefined | object;

const escapes: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function encodeValue(value: TCopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return encodeText(`{${value.map((v) => `"${String(v).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`);
  if (typeof value === "object") return encodeText(JSON.stringify(value));
  return encodeText(String(value));
}

const encodeText = (text: string) => text.replace(/[\\\n\r\t]/g, (c) => escapes[c]!);

/** One line of COPY text format for the given values (tab-separated, \N for null). */
export const encodeCopyLine = (values: TCopyValue[]) => `${values.map(encodeValue).join("\t")}\n`;

const copySql = (table: string, columns: readonly string[]) => `COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;

/** COPYs text already encoded line by line with encodeCopyLine into `table (columns)`. */
export async function copyEncoded(client: pg.ClientBase, table: string, columns: readonly string[], text: string): Promise<void> {
  if (!text) return;
  await pipeline(Readable.from([text]), client.query(copyFrom(copySql(table, columns))));
}

/**
 * Streams rows into `table (columns)` with COPY FROM STDIN — the fastest way into PostgreSQL.
 * Table and column names are code constants, never user input.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<TCopyValue[]>): Promise<void> {
  const stream = client.query(copyFrom(copySql(table, columns)));
  async function* lines() {
    let chunk = "";
    for (const row of rows) {
      chunk += encodeCopyLine(row);
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), stream);
}

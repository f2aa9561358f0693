import { FileFormatError, type TReadItem } from "../formats";
import { relationFromFileName } from "./json-routes";
import { setOwn } from "./json-walker";
import { MAX_LINE_CHARS, type TReadOptions } from "./read-options";
import { decodeText, splitLines } from "./text-source";

/**
 * TikTok "Download your data" TXT export (Follower.txt / Following.txt): blocks of
 * `Date: 2024-01-02 03:04:05` / `Username: fan_handle` separated by blank lines.
 * Yields `{Date, UserName, relation}` — the same keys as the JSON export's FansList items — with
 * relation from the file name ("Following…" → "following", "Follower…"/"Fans…" → "follower",
 * otherwise null). `line` is the block's first line. A non-blank line that is not `Key: value`
 * ends the current block and yields a per-record error `malformed_line`; other `Key: value`
 * pairs are kept under their key. A key seen twice starts a new block (blank lines optional).
 */
const KEY_ALIASES: Record<string, string> = { date: "Date", username: "UserName", "user name": "UserName" };

export async function* readTikTokTxt(source: AsyncIterable<Uint8Array>, opts: TReadOptions): AsyncGenerator<TReadItem> {
  yield* readTikTokTxtText(decodeText(source, opts.encoding, opts.onBytes), opts);
}

export async function* readTikTokTxtText(text: AsyncIterable<string>, opts: Pick<TReadOptions, "fileName">): AsyncGenerator<TReadItem> {
  const relation = relationFromFileName(opts.fileName);
  let index = 0;
  let block: Record<string, unknown> | null = null;
  let blockLine = 0;
  let sawText = false;

  const flush = (): TReadItem | null => {
    if (!block) return null;
    const value = { ...block, relation };
    block = null;
    index += 1;
    return { kind: "record", index, line: blockLine, value };
  };

  for await (const { line, text: content } of splitLines(text, MAX_LINE_CHARS)) {
    const trimmed = content?.trim() ?? null;
    if (trimmed === "") {
      const item = flush();
      if (item) yield item;
      continue;
    }
    sawText = true;
    const match = trimmed === null ? null : /^([^:]{1,40}):\s?(.*)$/.exec(trimmed);
    if (!match) {
      const item = flush();
      if (item) yield item;
      index += 1;
      yield { kind: "error", index, line, field: null, code: "malformed_line", message: `line ${line} is not a "Key: value" line` };
      continue;
    }
    const rawKey = (match[1] ?? "").trim();
    const key = KEY_ALIASES[rawKey.toLowerCase()] ?? rawKey;
    if (block && Object.hasOwn(block, key)) {
      const item = flush();
      if (item) yield item;
    }
    if (!block) {
      block = {};
      blockLine = line;
    }
    setOwn(block, key, (match[2] ?? "").trim());
  }
  const item = flush();
  if (item) yield item;
  if (!sawText) throw new FileFormatError("The file is empty");
}

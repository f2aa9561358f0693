/**
 * Byte → text plumbing shared by every reader: a streaming decoder (UTF-8 / UTF-16LE / UTF-16BE,
 * BOM dropped, multi-byte sequences split across chunks handled by `TextDecoder({stream})`),
 * a bounded look-ahead that can be replayed, and a line splitter with a per-line cap.
 * Nothing here buffers the whole file.
 */
export type TTextEncoding = "utf8" | "utf16le" | "utf16be";

const decoderLabels: Record<TTextEncoding, string> = { utf8: "utf-8", utf16le: "utf-16le", utf16be: "utf-16be" };

/** A decoder that drops a leading BOM and never throws on bad bytes (they become U+FFFD). */
export function createDecoder(encoding: TTextEncoding): TextDecoder {
  return new TextDecoder(decoderLabels[encoding], { fatal: false, ignoreBOM: false });
}

/** Decode a byte source chunk by chunk; `onBytes` receives each chunk's byte length (for progress). */
export async function* decodeText(
  source: AsyncIterable<Uint8Array>,
  encoding: TTextEncoding,
  onBytes?: (n: number) => void,
): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  for await (const chunk of source) {
    onBytes?.(chunk.byteLength);
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/** Decode a (possibly cut-off) head in one go; a split character at the end becomes U+FFFD. */
export function decodeHead(head: Uint8Array, encoding: TTextEncoding): string {
  return createDecoder(encoding).decode(head);
}

/**
 * Read ahead until `decide(head, ended)` returns a verdict (or `maxChars` were read, or the input
 * ended), then hand back the verdict plus a stream that replays the head followed by the rest.
 */
export async function lookahead<T>(
  text: AsyncIterable<string>,
  decide: (head: string, ended: boolean) => T | undefined,
  fallback: T,
  maxChars = 1 << 20,
): Promise<{ verdict: T; head: string; stream: AsyncGenerator<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  const buffered: string[] = [];
  let head = "";
  let ended = false;
  let verdict: T | undefined;
  let nextCheck = 1; // ask `decide` at doubling head lengths: linear total work even for 1-byte chunks
  while (verdict === undefined) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else {
      buffered.push(next.value);
      head += next.value;
    }
    if (!ended && head.length < nextCheck && head.length < maxChars) continue;
    nextCheck = head.length * 2;
    verdict = decide(head, ended);
    if (verdict === undefined && (ended || head.length >= maxChars)) verdict = fallback;
  }
  async function* replay(): AsyncGenerator<string> {
    try {
      for (const chunk of buffered.splice(0)) yield chunk;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }
  return { verdict, head, stream: replay() };
}

/** One line of text (without its terminator), or a marker that the line exceeded the cap. */
export type TTextLine = { line: number; text: string; tooLong: false } | { line: number; text: null; tooLong: true };

/**
 * Split decoded text into lines (`\n`, `\r\n`). Lines longer than `maxChars` are not kept in
 * memory: they are reported once as `tooLong` and skipped up to their end.
 */
export async function* splitLines(text: AsyncIterable<string>, maxChars: number): AsyncGenerator<TTextLine> {
  let line = 1;
  let pending = "";
  let overflow = false;
  const emit = (raw: string): TTextLine =>
    overflow ? { line, text: null, tooLong: true } : { line, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, tooLong: false };
  for await (const chunk of text) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf("\n", start);
      if (end < 0) break;
      const raw = overflow ? "" : pending + chunk.slice(start, end);
      if (raw.length > maxChars) overflow = true;
      yield emit(raw);
      line += 1;
      pending = "";
      overflow = false;
      start = end + 1;
    }
    if (!overflow) {
      pending += chunk.slice(start);
      if (pending.length > maxChars) {
        overflow = true;
        pending = "";
      }
    }
  }
  if (overflow || pending.length > 0) yield emit(pending);
}

/** First line of a text (up to `\n`), without `\r`. */
export function firstLine(text: string): string {
  const end = text.indexOf("\n");
  const line = end < 0 ? text : text.slice(0, end);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

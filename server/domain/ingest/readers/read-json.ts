import { jsonParser, type Token } from "stream-json/core/parser.js";
import { getManyValues, isMany, none } from "stream-chain/defs.js";
import { FileFormatError, type TReadItem } from "../formats";
import { interpretSide, routerFor, type TJsonFormat } from "./json-routes";
import { JsonWalker, type TRouter } from "./json-walker";
import { looksLikeJsonLines } from "./json-lines-sniff";
import { readJsonLinesText } from "./read-jsonl";
import type { TReadOptions } from "./read-options";
import { decodeText, lookahead } from "./text-source";

/**
 * JSON documents (X API v2 envelopes and arrays, TikTok Display/Research envelopes, TikTok
 * export, Threads profiles, Meta exports, scraper arrays), streamed through stream-json's
 * tokenizer and `JsonWalker` — never `JSON.parse` of the file. Only one record is assembled at
 * a time, so memory is bounded by the largest record, not the file.
 *
 * Numbers: values are assembled like `JSON.parse` does (stream-json's Assembler uses
 * `parseFloat`). An id written as a JSON number above 2^53 therefore arrives as a JS number that
 * is NOT a safe integer; we deliberately do not turn it back into a digit string: the digits in
 * such a file may already have been rounded by whatever wrote it (any JS tool does), so a string
 * would look trustworthy when it is not. The mapper rejects `typeof id === "number" &&
 * !Number.isSafeInteger(id)` as "id lost precision" — reliably, because every such id stays a
 * number. Ids written as strings (the X API's own form) are untouched.
 *
 * A document that ends mid-value throws `FileFormatError("The JSON ends early (truncated) after
 * record N")`; any other syntax error throws a FileFormatError naming the line (and the column
 * range on long lines). Records already yielded stay valid (records inside the ≤1 KB slice that
 * holds a syntax error are not yielded: the tokenizer drops that slice). `line` is null inside a
 * JSON document.
 */
export type TJsonReadOptions = TReadOptions & { format: TJsonFormat };

/** Longest slice fed to the tokenizer at once; bounds the column range named in syntax errors. */
const PIECE_CHARS = 1024;

export async function* readJson(source: AsyncIterable<Uint8Array>, opts: TJsonReadOptions): AsyncGenerator<TReadItem> {
  yield* readJsonText(decodeText(source, opts.encoding, opts.onBytes), opts);
}

/** JSON Lines or one document (see json-lines-sniff.ts), from decoded text. */
export async function* readJsonText(text: AsyncIterable<string>, opts: TJsonReadOptions): AsyncGenerator<TReadItem> {
  const { verdict: isLines, stream } = await lookahead(text, (head, ended) => looksLikeJsonLines(head, ended, opts.fileName), false);
  if (isLines) yield* readJsonLinesText(stream, opts);
  else yield* readJsonDocumentText(stream, routerFor(opts.format, opts.fileName), opts);
}

const parserReason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/^Parser (cannot parse input: |has )/, "");

export async function* readJsonDocumentText(
  text: AsyncIterable<string>,
  router: TRouter,
  opts: Pick<TReadOptions, "onWarning">,
): AsyncGenerator<TReadItem> {
  // the tokenizer is flushed by calling it with stream-chain's `none` (its typings only admit strings)
  const parser = jsonParser({ streamValues: false }) as unknown as (chunk: string | typeof none) => unknown;
  const walker = new JsonWalker(router);
  let index = 0;
  let line = 1;
  let column = 1;

  const feed = (piece: string | typeof none): void => {
    const out = parser(piece);
    if (out !== none && isMany(out)) for (const token of getManyValues(out) as Token[]) walker.consume(token);
  };
  function* drain(): Generator<TReadItem> {
    for (const event of walker.events.splice(0)) {
      if (event.kind === "record") {
        index += 1;
        yield { kind: "record", index, line: null, value: event.value };
        continue;
      }
      const outcome = interpretSide(event.tag, event.value, event.path.length === 1);
      if (outcome && "warning" in outcome) opts.onWarning?.(outcome.warning);
      else if (outcome) {
        index += 1;
        yield { kind: "error", index, line: null, field: null, ...outcome.error };
      }
    }
  }

  for await (const chunk of text) {
    for (let start = 0; start < chunk.length; ) {
      const newline = chunk.indexOf("\n", start);
      const end = Math.min(newline < 0 ? chunk.length : newline + 1, start + PIECE_CHARS);
      const piece = chunk.slice(start, end);
      try {
        feed(piece);
      } catch (error) {
        const where = column === 1 && piece.endsWith("\n") ? `on line ${line}` : `on line ${line}, columns ${column}–${column + piece.length - 1}`;
        throw new FileFormatError(`The JSON is not valid ${where}: ${parserReason(error)} (after record ${index})`);
      }
      yield* drain();
      if (piece.endsWith("\n")) {
        line += 1;
        column = 1;
      } else column += piece.length;
      start = end;
    }
  }
  try {
    feed(none);
  } catch {
    if (!walker.sawToken) throw new FileFormatError("The file is empty");
    throw new FileFormatError(`The JSON ends early (truncated) after record ${index}`);
  }
  if (!walker.sawToken) throw new FileFormatError("The file is empty");
  yield* drain();
}

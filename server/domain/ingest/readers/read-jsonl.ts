import { FileFormatError, type TReadItem } from "../formats";
import { interpretSide, routerFor, type TJsonFormat } from "./json-routes";
import { walkValue, type TWalkEvent } from "./json-walker";
import { MAX_LINE_CHARS, type TReadOptions } from "./read-options";
import { decodeText, splitLines } from "./text-source";

/**
 * JSON Lines: one JSON value per line, parsed line by line (`JSON.parse` of one line only).
 * Each line is routed exactly like a JSON document of the same format, so a line may hold a bare
 * record (`{"open_id":…}`) or a whole envelope (`{"data":{"user":…}}`, an X API page with
 * `data[]` — then several records share the line number). Blank lines are skipped. A line that
 * is not valid JSON yields `{kind:"error", code:"malformed_json"}` and reading continues; so does
 * a line that is valid JSON but not an object/array (`not_an_object`) and a line longer than
 * MAX_LINE_CHARS (`line_too_long`, never held in memory). Error messages name the line and the
 * column, never the line's content.
 */
export type TJsonLinesReadOptions = TReadOptions & { format: TJsonFormat };

export async function* readJsonLines(source: AsyncIterable<Uint8Array>, opts: TJsonLinesReadOptions): AsyncGenerator<TReadItem> {
  yield* readJsonLinesText(decodeText(source, opts.encoding, opts.onBytes), opts);
}

/** V8's message without its quoted copy of the input (which could be a bio). */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, ".*is not valid JSON$/s, "")
    .replace(/ in JSON at position (\d+).*$/s, (_m, pos: string) => ` at column ${Number(pos) + 1}`)
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export async function* readJsonLinesText(text: AsyncIterable<string>, opts: TJsonLinesReadOptions): AsyncGenerator<TReadItem> {
  const router = routerFor(opts.format, opts.fileName);
  let index = 0;
  let sawLine = false;
  const events: TWalkEvent[] = [];
  const error = (line: number, code: string, message: string): TReadItem => ({ kind: "error", index: (index += 1), line, field: null, code, message });

  for await (const { line, text: content } of splitLines(text, MAX_LINE_CHARS)) {
    if (content === null) {
      sawLine = true;
      yield error(line, "line_too_long", `line ${line} is longer than ${MAX_LINE_CHARS / (1024 * 1024)} MB and was skipped`);
      continue;
    }
    if (content.trim() === "") continue;
    sawLine = true;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      yield error(line, "malformed_json", `line ${line} is not valid JSON: ${describeJsonError(e)}`);
      continue;
    }
    if (typeof value !== "object" || value === null) {
      yield error(line, "not_an_object", `line ${line} is valid JSON but not an object`);
      continue;
    }
    walkValue(value, router, events);
    for (const event of events.splice(0)) {
      if (event.kind === "record") {
        index += 1;
        yield { kind: "record", index, line, value: event.value };
        continue;
      }
      const outcome = interpretSide(event.tag, event.value, false);
      if (outcome && "warning" in outcome) opts.onWarning?.(outcome.warning);
      else if (outcome) yield error(line, outcome.error.code, `line ${line}: ${outcome.error.message}`);
    }
  }
  if (!sawLine) throw new FileFormatError("The file is empty");
}

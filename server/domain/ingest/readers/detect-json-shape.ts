import { getManyValues, isMany, none } from "stream-chain/defs.js";
import { jsonParser, type Token } from "stream-json/core/parser.js";

/**
 * What the head of a JSON/JSONL file looks like, tolerant of a head cut off anywhere (the
 * tokenizer is never flushed, so an unfinished value is simply not seen) and of a bad line
 * (tokens up to it are kept). Paths are key paths with `[]` for array items, e.g.
 * `data[].public_metrics.followers_count`; a root array's `[]` is dropped so arrays of objects
 * and JSONL lines look like a single root object.
 */
export type TJsonShape = {
  rootType: "object" | "array" | "scalar" | "none";
  paths: Set<string>;
};

const MAX_PATHS = 5000;
const MAX_DEPTH = 8;

export function summarizeJsonHead(text: string): TJsonShape {
  const parser = jsonParser({ streamValues: false, jsonStreaming: true });
  const shape: TJsonShape = { rootType: "none", paths: new Set() };
  const stack: { type: "object" | "array"; path: string }[] = [];
  let key = "";
  const join = (a: string, b: string): string => (a ? `${a}.${b}` : b);
  const add = (path: string): void => {
    if (shape.paths.size < MAX_PATHS && stack.length <= MAX_DEPTH) shape.paths.add(path.replace(/^\[\](\.|$)/, ""));
  };

  const consume = (token: Token): void => {
    const top = stack.at(-1);
    switch (token.name) {
      case "keyValue":
        key = token.value;
        if (top) add(join(top.path, key));
        return;
      case "startObject":
      case "startArray": {
        const type = token.name === "startObject" ? "object" : "array";
        if (!top && shape.rootType === "none") shape.rootType = type;
        const path = !top ? "" : top.type === "object" ? join(top.path, key) : `${top.path}[]`;
        stack.push({ type, path });
        return;
      }
      case "endObject":
      case "endArray":
        stack.pop();
        return;
      default:
        if (!top && shape.rootType === "none") shape.rootType = "scalar";
    }
  };

  for (let start = 0; start < text.length && shape.paths.size < MAX_PATHS; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    try {
      const out = parser(text.slice(start, end));
      if (out !== none && isMany(out)) getManyValues<Token>(out).forEach(consume);
    } catch {
      break;
    }
    start = end;
  }
  return shape;
}

/** Keys directly under `prefix` ("" = the root / each array item / each JSONL line). */
export function childKeys(shape: TJsonShape, prefix: string): Set<string> {
  const keys = new Set<string>();
  for (const path of shape.paths) {
    let rest: string;
    if (prefix === "") rest = path;
    else if (path.startsWith(`${prefix}.`)) rest = path.slice(prefix.length + 1);
    else continue;
    if (rest !== "" && !rest.includes(".")) keys.add(rest);
  }
  return keys;
}

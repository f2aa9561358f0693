/**
 * JSON Lines or one JSON document? `.jsonl`/`.ndjson` names decide outright. Otherwise the file
 * is JSON Lines when its first non-empty line is a complete JSON object/array on its own and
 * another non-empty line follows; a pretty-printed document opens a value that the first line
 * does not close. Returns undefined while the head is too short to tell.
 */
export function looksLikeJsonLines(head: string, ended: boolean, fileName: string): boolean | undefined {
  if (/\.(jsonl|ndjson)$/i.test(fileName)) return true;
  let i = skipSpace(head, 0);
  const open = head[i];
  if (open === undefined) return ended ? false : undefined;
  if (open !== "{" && open !== "[") return false;

  let depth = 0;
  let inString = false;
  for (; i < head.length; i += 1) {
    const c = head[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
      else if (c === "\n") return false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth += 1;
    else if (c === "}" || c === "]") {
      depth -= 1;
      if (depth === 0) return afterFirstValue(head, i + 1, ended);
    } else if (c === "\n") return false;
  }
  return ended ? false : undefined;
}

function afterFirstValue(head: string, from: number, ended: boolean): boolean | undefined {
  let i = from;
  while (head[i] === " " || head[i] === "\t" || head[i] === "\r") i += 1;
  if (i >= head.length) return ended ? false : undefined;
  if (head[i] !== "\n") return false;
  i = skipSpace(head, i);
  if (i >= head.length) return ended ? false : undefined;
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? "")) i += 1;
  return i;
}

/**
 * CSV header helpers shared by detection, the streaming reader and the preview: which delimiter
 * the header line uses, how header names are cleaned, and where the header line ends.
 */
export type TCsvDelimiter = "," | ";" | "\t";
const DELIMITERS: readonly TCsvDelimiter[] = [",", ";", "\t"];

/** Excel's optional first line `sep=;` names the delimiter explicitly. */
export function sepDirective(line: string): TCsvDelimiter | null {
  const match = /^"?sep=(.)"?\s*$/i.exec(line);
  const delimiter = match?.[1];
  return delimiter === "," || delimiter === ";" || delimiter === "\t" ? delimiter : null;
}

/** The delimiter seen most often outside quotes in the header line (ties: `,` then `;` then tab). */
export function detectDelimiter(headerLine: string): { delimiter: TCsvDelimiter; count: number } {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "," || c === ";" || c === "\t")) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: TCsvDelimiter = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return { delimiter: best, count: bestCount };
}

/**
 * Index just past the first line break outside quotes (the header may contain quoted newlines),
 * or -1 when the text ends first.
 */
export function headerLineEnd(text: string, from = 0): number {
  let inQuotes = false;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === "\n" && !inQuotes) return i + 1;
  }
  return -1;
}

/** Trimmed header names; blanks become `column_N`, repeats become `name_2`, `name_3`, … */
export function normalizeHeaders(raw: readonly string[]): string[] {
  return uniqueNames(raw.map((name, i) => name.replace(/^\uFEFF/, "").trim() || `column_${i + 1}`));
}

export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${name}_${n}`;
    seen.add(candidate);
    return candidate;
  });
}

import type { TTextEncoding } from "./text-source";

export type TEncodingGuess = { encoding: TTextEncoding; bom: boolean; reason: string };

const SAMPLE_BYTES = 4096;

/**
 * Pick the text encoding from a file's first bytes: a byte-order mark wins; otherwise UTF-16 is
 * recognised by its NUL-byte pattern (ASCII text in UTF-16LE has a NUL in every odd byte, in
 * UTF-16BE in every even byte). Scattered NULs (e.g. one NUL inside a JSONL line, or NUL padding
 * at the end of a crashed write) hit both positions alike and keep the file UTF-8.
 */
export function detectEncoding(head: Uint8Array): TEncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf8", bom: true, reason: "UTF-8 byte-order mark" };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf16le", bom: true, reason: "UTF-16LE byte-order mark" };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf16be", bom: true, reason: "UTF-16BE byte-order mark" };

  const pairs = Math.floor(Math.min(head.length, SAMPLE_BYTES) / 2);
  if (pairs >= 2) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < pairs; i += 1) {
      if (head[2 * i] === 0) evenZeros += 1;
      if (head[2 * i + 1] === 0) oddZeros += 1;
    }
    const even = evenZeros / pairs;
    const odd = oddZeros / pairs;
    if (odd >= 0.3 && even <= 0.05) return { encoding: "utf16le", bom: false, reason: "UTF-16LE without BOM (NUL in odd bytes)" };
    if (even >= 0.3 && odd <= 0.05) return { encoding: "utf16be", bom: false, reason: "UTF-16BE without BOM (NUL in even bytes)" };
  }
  return { encoding: "utf8", bom: false, reason: "UTF-8" };
}

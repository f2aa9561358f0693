/**
 * Meta "Download your information" files write UTF-8 bytes as separate `\u00XX` escapes, so
 * "Café" arrives as "CafÃ©" and "😍" as "ð\u009f\u0098\u008d". Repair: if the text contains a
 * UTF-8 lead byte followed by a continuation byte (read as Latin-1, or Windows-1252 when the text
 * went through Excel), turn every character back into its byte and decode strictly as UTF-8. If
 * any character is not a byte, or the bytes are not valid UTF-8, the text is returned unchanged —
 * so correct text ("Café", "Zürich", "😍") is never touched.
 */
const CP1252_TO_BYTE: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

const CONTINUATION = "\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122";
const SUSPECT = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]`);
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function repairMojibake(s: string): string {
  if (!SUSPECT.test(s)) return s;
  const bytes: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const byte = cp <= 0xff ? cp : CP1252_TO_BYTE.get(cp);
    if (byte === undefined) return s;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return s;
  }
}

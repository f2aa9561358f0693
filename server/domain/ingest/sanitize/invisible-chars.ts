/**
 * Characters that render as nothing (or reorder text) and are used to dodge filters: C0/C1
 * controls, zero-width characters, bidi/direction overrides, BOM, soft hyphen, non-characters.
 * `\n` survives; `\t` becomes a space. U+200D (zero-width joiner) survives only inside emoji
 * ZWJ sequences (👩‍💻, 🏳️‍🌈), where removing it would split one emoji into several.
 */
const INVISIBLE = new Set<number>([
  0x00ad, // soft hyphen
  0x061c, // arabic letter mark
  0x180e, // mongolian vowel separator
  0x200b, 0x200c, 0x200e, 0x200f, // zero-width space / non-joiner, LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // LRE RLE PDF LRO RLO
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, // word joiner, invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // LRI RLI FSI PDI
  0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, // deprecated format characters
  0xfeff, // BOM / zero-width no-break space
  0xfff9, 0xfffa, 0xfffb, // interlinear annotation
  0xfffe, 0xffff, // non-characters
]);

const ZWJ = 0x200d;
const EMOJI_PART = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function isControl(cp: number): boolean {
  return (cp <= 0x1f && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f);
}

function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Anything the slow path below would change (tab, controls, the set above, ZWJ, lone surrogates). */
const MAYBE_INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\uffff\p{Cs}]/u;

/** Remove invisible, control and lone-surrogate code points; tabs become spaces. */
export function removeInvisibleChars(input: string): string {
  if (!MAYBE_INVISIBLE.test(input)) return input;
  const cps = Array.from(input);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] ?? "";
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x09) {
      out += " ";
      continue;
    }
    if (isControl(cp) || isLoneSurrogate(cp) || INVISIBLE.has(cp)) continue;
    if (cp === ZWJ) {
      const inEmoji = EMOJI_PART.test(cps[i - 1] ?? "") && PICTOGRAPHIC.test(cps[i + 1] ?? "");
      if (!inEmoji) continue;
    }
    out += ch;
  }
  return out;
}

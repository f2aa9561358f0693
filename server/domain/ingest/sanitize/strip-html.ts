/**
 * Removes real HTML from free text while keeping text that merely contains "<": `<3`, `5 < 6`,
 * `a<b`. A tag is `<`, optional `/`, a letter, then anything up to `>` (quoted attributes may
 * contain `>`). `<script>` and `<style>` go with their content (an unclosed one to the end of the
 * text); comments go; `<br>`, `</p>` and `</div>` become a newline so lines do not run together.
 * Entities are decoded once, and tags are stripped again afterwards so an encoded tag
 * (`&lt;script&gt;`) cannot come back as a real one.
 */
const RAW_TEXT_ELEMENT = /<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LINE_BREAK_TAG = /<(?:br\b[^<>]*|\/p\s*|\/div\s*)>/gi;
const TAG = /<\/?[A-Za-z][^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*>/g;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", hellip: "…", mdash: "—", ndash: "–",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", middot: "·", bull: "•",
  copy: "©", reg: "®", trade: "™", euro: "€", pound: "£", yen: "¥", cent: "¢", deg: "°", times: "×",
};

function decodeEntity(match: string, body: string): string {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const cp = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    return valid ? String.fromCodePoint(cp) : "";
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

function stripTags(s: string): string {
  return s.replace(RAW_TEXT_ELEMENT, "").replace(COMMENT, "").replace(LINE_BREAK_TAG, "\n").replace(TAG, "");
}

export function decodeHtmlEntities(s: string): string {
  return s.replace(ENTITY, decodeEntity);
}

export function stripHtml(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  return stripTags(decodeHtmlEntities(stripTags(s)));
}

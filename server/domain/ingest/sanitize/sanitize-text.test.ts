import { describe, expect, it } from "vitest";
import { BIO_MAX_LENGTH } from "../profile";
import { capLength, cleanText, sanitizeText } from "./sanitize-text";

const bio = (s: string) => sanitizeText(s, { maxLength: BIO_MAX_LENGTH });

describe("sanitizeText: HTML", () => {
  it.each([
    ["script tag and its content go", "hi <script>alert(1)</script>there", "hi there"],
    ["script with attributes, any case, multi-line", "a<SCRIPT type='x'>\nsteal()\n</SCRIPT >b", "ab"],
    ["unclosed script runs to the end", "safe <script>alert(1)", "safe"],
    ["style with content", "<style>body{display:none}</style>visible", "visible"],
    ["plain tags removed, text kept", "<b>bold</b> and <i>it</i>", "bold and it"],
    ["links lose the tag, keep the text", '<a href="https://x.example" onclick="a>b">site</a>', "site"],
    ["br becomes a newline", "line one<br/>line two<br>three", "line one\nline two\nthree"],
    ["comments go", "a<!-- hidden -->b", "ab"],
    ["entities decoded", "Tom &amp; Jerry &quot;best&quot; &#39;friends&#39; &#x1F600;", "Tom & Jerry \"best\" 'friends' 😀"],
    ["encoded tags cannot come back", "&lt;script&gt;alert(1)&lt;/script&gt;ok", "ok"],
    ["unknown entities left alone", "AT&T; &notanentity; R&D", "AT&T; &notanentity; R&D"],
  ])("%s", (_name, input, expected) => {
    expect(bio(input)).toBe(expected);
  });

  it.each([
    ["heart", "i <3 sourdough", "i <3 sourdough"],
    ["comparison", "5 < 6 and 7 > 2", "5 < 6 and 7 > 2"],
    ["no space", "a<b", "a<b"],
    ["arrow", "<- swipe | -> next", "<- swipe | -> next"],
    ["encoded comparison decodes to text", "5 &lt; 6", "5 < 6"],
  ])("keeps text that is not a tag: %s", (_name, input, expected) => {
    expect(bio(input)).toBe(expected);
  });
});

describe("sanitizeText: invisible and control characters", () => {
  it.each([
    ["zero-width space/non-joiner/word joiner/BOM", "ma\u200bya\u200c ba\u2060kes\ufeff", "maya bakes"],
    ["RTL override used to disguise text", "file\u202egnp.exe", "filegnp.exe"],
    ["all bidi controls", "\u200ea\u200fb\u202ac\u202bd\u202ce\u202df\u2066g\u2067h\u2068i\u2069j\u061ck", "abcdefghijk"],
    ["NUL and other C0 controls", "nul\u0000here\u0007\u001b[31m", "nulhere[31m"],
    ["C1 controls and DEL", "a\u0085b\u009fc\u007fd", "abcd"],
    ["tab becomes a space", "a\tb", "a b"],
    ["zero-width joiner outside emoji goes", "mi\u200dka", "mika"],
    ["soft hyphen goes", "mi\u00adka", "mika"],
  ])("%s", (_name, input, expected) => {
    expect(bio(input)).toBe(expected);
  });

  it("keeps ZWJ inside emoji sequences (family, rainbow flag, technologist)", () => {
    const emoji = "👨\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 👩🏽\u200d💻";
    expect(bio(emoji)).toBe(emoji);
  });

  it("removes lone surrogates (not storable as UTF-8)", () => {
    expect(bio("a\ud800b\udc00c")).toBe("abc");
  });
});

describe("sanitizeText: whitespace, normalisation, formulas", () => {
  it.each([
    ["CRLF and CR to LF", "a\r\nb\rc", "a\nb\nc"],
    ["at most two consecutive newlines", "a\n\n\n\n\nb", "a\n\nb"],
    ["blank lines with spaces still collapse", "a\n  \n \t\n\nb", "a\n\nb"],
    ["unicode line separators", "a\u2028b\u2029c", "a\nb\nc"],
    ["trimmed", "  \n hello \n ", "hello"],
    ["NFC", "Cafe\u0301", "Café"],
    ["NFC after removing a zero-width char between base and accent", "e\u200b\u0301", "é"],
  ])("%s", (_name, input, expected) => {
    expect(bio(input)).toBe(expected);
  });

  it("singleLine turns newlines into spaces", () => {
    expect(sanitizeText("Maya\n\nR.", { maxLength: 200, singleLine: true })).toBe("Maya R.");
  });

  it.each(["=HYPERLINK(\"https://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"])(
    "keeps spreadsheet formula payloads verbatim (CSV export neutralises them): %s",
    (payload) => {
      expect(bio(payload)).toBe(payload);
    },
  );
});

describe("sanitizeText: length cap", () => {
  it("caps a 20,000-character bio at BIO_MAX_LENGTH with an ellipsis", () => {
    const out = bio("a".repeat(20_000));
    expect(out.length).toBe(BIO_MAX_LENGTH);
    expect(out.endsWith("…")).toBe(true);
  });

  it("bounds the work on megabyte inputs and still returns a capped bio", () => {
    const out = bio(`${"<script".repeat(200_000)} tail`);
    expect(out.length).toBeLessThanOrEqual(BIO_MAX_LENGTH);
    expect(bio("é".repeat(1_000_000)).length).toBe(BIO_MAX_LENGTH);
    expect(bio(`${"\u200b".repeat(100_000)}hidden`)).toBe("");
  });

  it("leaves text at the limit alone", () => {
    expect(bio("b".repeat(BIO_MAX_LENGTH))).toBe("b".repeat(BIO_MAX_LENGTH));
  });

  it("never splits a surrogate pair or an emoji sequence", () => {
    const out = capLength("😀".repeat(10), 6);
    expect(out).toBe("😀😀…");
    expect(capLength(`abc${"👩\u200d💻".repeat(3)}`, 9)).toBe("abc👩\u200d💻…");
  });

  it("trims before the ellipsis", () => {
    expect(capLength("hello world", 7)).toBe("hello…");
  });
});

describe("cleanText (for redaction before the cap)", () => {
  it("joins text that markup or entities split, so a redactor sees the real email/phone", () => {
    expect(cleanText("mail mika<b></b>@gmail.com", { maxLength: BIO_MAX_LENGTH })).toBe("mail mika@gmail.com");
    expect(cleanText("call +44 20<!-- -->7946 0958", { maxLength: BIO_MAX_LENGTH })).toBe("call +44 207946 0958");
    expect(cleanText("mika&#64;gmail.com", { maxLength: BIO_MAX_LENGTH })).toBe("mika@gmail.com");
  });

  it("does not cap", () => {
    expect(cleanText("a".repeat(5000), { maxLength: BIO_MAX_LENGTH })).toHaveLength(5000);
  });

  it.each(["hi <script>x</script><b>there</b> <3", "a\u200b\n\n\n\nb\u202e", "Cafe\u0301 &amp; co", "=HYPERLINK(\"x\")", "👨\u200d👩\u200d👧"])(
    "sanitising cleaned text again changes nothing: %j",
    (input) => {
      const once = sanitizeText(input, { maxLength: BIO_MAX_LENGTH });
      expect(sanitizeText(once, { maxLength: BIO_MAX_LENGTH })).toBe(once);
    },
  );
});

import { describe, expect, it } from "vitest";
import { decoyCases } from "./fixtures/decoy-cases";
import { emailCases } from "./fixtures/email-cases";
import { phoneCases } from "./fixtures/phone-cases";
import { CONTACT_MARKER as M, redactContactData } from "./redact-contact-data";

/** The acceptance check: no email address, in ASCII or Unicode spelling, may survive. */
const EMAIL_ASCII = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const EMAIL_UNICODE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

const severalContacts: ReadonlyArray<readonly [string, string]> = [
  [
    "Fotógrafa 📸 SP\nagenda: (11) 98877-6655\nmail: bia.fotos@gmail.com",
    `Fotógrafa 📸 SP\nagenda: ${M}\nmail: ${M}`,
  ],
  [
    "coach 🏋️ | WhatsApp +44 7700 900111 | hi@coachkai.fit | wa.me/447700900111",
    `coach 🏋️ | WhatsApp ${M} | ${M} | ${M}`,
  ],
  [
    "Rendez-vous : 06 98 76 54 32 ou contact (arobase) salon-lea (point) fr",
    `Rendez-vous : ${M} ou ${M}`,
  ],
  [
    "Termine: +49 170 1234567 · info[at]praxis-berg[punkt]de · Mo–Fr 8–18",
    `Termine: ${M} · ${M} · Mo–Fr 8–18`,
  ],
  [
    "sab kuch handmade 🧵 orders ke liye WhatsApp karo 98100 22334 ya mail: silk.story@yahoo.in",
    `sab kuch handmade 🧵 orders ke liye WhatsApp karo ${M} ya mail: ${M}`,
  ],
  [
    "since 2012 · 3,400 clients · NMLS #1234567 · 📞 (503) 555-0161 · loans@rivermortgage.com",
    `since 2012 · 3,400 clients · NMLS #1234567 · 📞 ${M} · ${M}`,
  ],
];

const tricky: readonly string[] = [
  "email: sam at gmail-Founder @ acme.io",
  "hello at plantmama.shopMAILTO:Hi@Example.Agency",
  "pitches: abe.l (at) newsroom.org. Speaker at PyCon.de",
  "x@y.com2 is not a domain",
  "https://site.example/?ref=ana@b.co",
  "RT@litbridge.agency",
  "two@at.once.co@second.io",
  "mika@gmail.com.",
  "ＵＳＥＲ＠ＭＡＩＬ．ＣＯＭ",
];

const corpus: readonly string[] = [
  ...emailCases.map(([input]) => input),
  ...phoneCases.map(([input]) => input),
  ...severalContacts.map(([input]) => input),
  ...decoyCases,
  ...tricky,
];

describe("redactContactData — properties", () => {
  it.each(severalContacts)("removes every contact in %j", (input, expected) => {
    const result = redactContactData(input);
    expect(result.text).toBe(expected);
    expect(result.count).toBe(expected.split(M).length - 1);
  });

  it.each(corpus)("leaves no email address in the output of %j", (input) => {
    const { text } = redactContactData(input);
    expect(text).not.toMatch(EMAIL_ASCII);
    expect(text).not.toMatch(EMAIL_UNICODE);
  });

  it.each(corpus)("is idempotent on %j", (input) => {
    const once = redactContactData(input);
    expect(redactContactData(once.text)).toEqual({ text: once.text, count: 0 });
  });

  it("does not treat its own marker as contact data", () => {
    expect(redactContactData(`${M} ${M}`)).toEqual({ text: `${M} ${M}`, count: 0 });
  });

  it.each(["", "🫶", "lurker", "ML eng at a robotics co. opinions my own", "dad x2 | 🇨🇦 | 2021"])(
    "returns %j unchanged through the fast path",
    (input) => {
      expect(redactContactData(input)).toEqual({ text: input, count: 0 });
    },
  );
});

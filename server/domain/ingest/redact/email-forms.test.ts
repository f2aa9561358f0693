import { describe, expect, it } from "vitest";
import { emailCases } from "./fixtures/email-cases";
import { CONTACT_MARKER, redactContactData } from "./redact-contact-data";

const markers = (text: string) => text.split(CONTACT_MARKER).length - 1;

describe("redactContactData — email addresses", () => {
  it.each(emailCases)("removes %j", (input, expected) => {
    const result = redactContactData(input);
    expect(result.text).toBe(expected);
    expect(result.count).toBe(markers(expected));
  });
});

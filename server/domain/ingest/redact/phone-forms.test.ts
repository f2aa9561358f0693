import { describe, expect, it } from "vitest";
import { phoneCases } from "./fixtures/phone-cases";
import { CONTACT_MARKER, redactContactData } from "./redact-contact-data";

const markers = (text: string) => text.split(CONTACT_MARKER).length - 1;

describe("redactContactData — phone numbers and number-carrying links", () => {
  it.each(phoneCases)("removes %j", (input, expected) => {
    const result = redactContactData(input);
    expect(result.text).toBe(expected);
    expect(result.count).toBe(markers(expected));
  });
});

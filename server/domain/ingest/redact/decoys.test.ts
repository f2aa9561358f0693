import { describe, expect, it } from "vitest";
import { decoyCases } from "./fixtures/decoy-cases";
import { redactContactData } from "./redact-contact-data";

describe("redactContactData — look-alikes survive byte for byte", () => {
  it.each(decoyCases)("keeps %j", (input) => {
    expect(redactContactData(input)).toEqual({ text: input, count: 0 });
  });
});

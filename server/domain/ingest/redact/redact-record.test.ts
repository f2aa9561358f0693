import { describe, expect, it } from "vitest";
import { CONTACT_MARKER as M } from "./contact-marker";
import { redactRecord } from "./redact-record";

const xUser = {
  id: "1402938475610293847",
  name: "Rosa 📞 +34 612 345 678",
  username: "rosa_ceramics",
  description: "ceramics studio · pedidos: rosa (arroba) barro (punto) es · 2,300 pieces since 2016",
  location: "Valencia · wa.me/34612345678",
  url: "https://t.co/AbC123xYz",
  entities: { url: { urls: [{ expanded_url: "https://barro.es", display_url: "barro.es" }] } },
  profile_image_url: "https://pbs.twimg.com/profile_images/1650720278705612067/6sfnbXG2_normal.jpg",
  public_metrics: { followers_count: 2300, following_count: 410, tweet_count: 98765, like_count: 1234567 },
  verified: false,
};

describe("redactRecord", () => {
  it("redacts every string of a nested record and keeps keys, numbers and other strings", () => {
    const { value, count } = redactRecord(xUser);
    expect(count).toBe(3);
    expect(value).toEqual({
      ...xUser,
      name: `Rosa 📞 ${M}`,
      description: `ceramics studio · pedidos: ${M} · 2,300 pieces since 2016`,
      location: `Valencia · ${M}`,
    });
  });

  it("does not mutate its input", () => {
    const input = structuredClone(xUser);
    redactRecord(input);
    expect(input).toEqual(xUser);
  });

  it.each([
    ["phone", "+1 206 555 0143"],
    ["email", "x@y.com"],
    ["phone_number", "2065550143"],
    ["whatsapp", "wa: 0612"],
    ["contact_email", "hello at shop dot com"],
    ["public_email", "anything at all"],
    ["business_email", "biz@shop.io"],
    ["businessPhoneNumber", "0612345678"],
    ["public_phone_number", 2065550143],
    ["mobile", 447700900123],
    ["Phone", "call me"],
    ["Phone Number", "555"],
    ["Teléfono", "612 345 678"],
    ["correo", "ana@correo.es"],
  ] as const)("replaces the value under %j whatever its shape", (key, raw) => {
    const { value, count } = redactRecord({ [key]: raw, bio: "hi" });
    expect(value).toEqual({ [key]: M, bio: "hi" });
    expect(count).toBe(1);
  });

  it("replaces each element of a list or a whole object under a contact key", () => {
    const input = { emails: ["a@b.co", "c@d.co"], phone: { country: "+1", number: "2065550143" } };
    expect(redactRecord(input)).toEqual({ value: { emails: [M, M], phone: M }, count: 3 });
  });

  it("keeps empty, null and boolean values under contact keys (nothing to hide)", () => {
    const input = { email: "", phone: null, whatsapp: false, business_email: "  " };
    expect(redactRecord(input)).toEqual({ value: input, count: 0 });
  });

  it("keeps identifiers and look-alike keys untouched", () => {
    const input = {
      id: "2244994945",
      open_id: "66997f85-1f0a-4afc-b6d8-d65162bbdb83",
      pinned_tweet_id: "1790001234567890123",
      username: "2065550143",
      screen_name: "mika.2065550143",
      email_verified: true,
      phone_country_code: "+1",
      follower_count: 2065550143,
    };
    expect(redactRecord(input)).toEqual({ value: input, count: 0 });
  });

  it("still redacts a contact hidden in an id-like field that is not a single token", () => {
    expect(redactRecord({ external_id: "mika@gmail.com" })).toEqual({ value: { external_id: M }, count: 1 });
  });

  it("handles arrays at the top level and scalars", () => {
    expect(redactRecord(["call 0161 496 0754", 42, null])).toEqual({ value: [`call ${M}`, 42, null], count: 1 });
    expect(redactRecord("mika@gmail.com")).toEqual({ value: M, count: 1 });
    expect(redactRecord(7)).toEqual({ value: 7, count: 0 });
  });

  it("walks hostile, deeply nested records without overflowing the stack", () => {
    let nested: unknown = "call 0161 496 0754";
    for (let i = 0; i < 100_000; i++) nested = i % 2 === 0 ? [nested] : { level: nested };
    const { count } = redactRecord(nested);
    expect(count).toBe(1);
  });

  it("keeps key order (the stored record is hashed)", () => {
    const { value } = redactRecord({ b: 1, email: "x@y.co", a: "hi", phone: null });
    expect(Object.keys(value as object)).toEqual(["b", "email", "a", "phone"]);
  });

  it("is idempotent", () => {
    const once = redactRecord({ ...xUser, phone: "+1 206 555 0143", emails: ["a@b.co"] });
    expect(redactRecord(once.value)).toEqual({ value: once.value, count: 0 });
  });
});

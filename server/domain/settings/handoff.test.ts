import { describe, expect, it } from "vitest";
import { maskAmqpUrl, maskSecret, restoreMaskedAmqpPassword } from "./handoff";

describe("masking handoff secrets", () => {
  it("shows the last four characters of a push secret", () => {
    expect(maskSecret("dialer-secret-0123456789-abcd")).toBe("••••abcd");
  });

  it.each([
    ["amqp://sxe:pw@broker:5672/vhost", "amqp://sxe:••••@broker:5672/vhost"],
    ["amqps://sxe:p%40ss@broker", "amqps://sxe:••••@broker"],
    ["amqp://broker:5672", "amqp://broker:5672"],
    ["amqp://guest@broker", "amqp://guest@broker"],
  ])("masks the broker password of %s", (url, masked) => {
    expect(maskAmqpUrl(url)).toBe(masked);
  });

  it.each<[string, string | null, string | null]>([
    // A password left masked is the stored one, even when the host changed.
    ["amqp://sxe:••••@broker:5672", "amqp://sxe:pw@broker:5672", "amqp://sxe:pw@broker:5672"],
    ["amqp://sxe:••••@other:5672", "amqp://sxe:p%40ss@broker:5672", "amqp://sxe:p%40ss@other:5672"],
    // A typed password or a URL without one is taken as it is.
    ["amqp://sxe:new@broker", "amqp://sxe:pw@broker", "amqp://sxe:new@broker"],
    ["amqp://broker", "amqp://sxe:pw@broker", "amqp://broker"],
    // Nothing stored to keep: the editor must type the password.
    ["amqp://sxe:••••@broker", null, null],
    ["amqp://sxe:••••@broker", "amqp://broker", null],
  ])("restores %s over stored %s", (submitted, stored, expected) => {
    expect(restoreMaskedAmqpPassword(submitted, stored)).toBe(expected);
  });
});

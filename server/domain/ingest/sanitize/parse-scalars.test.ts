import { describe, expect, it } from "vitest";
import { URL_MAX_LENGTH } from "../profile";
import { parseBoolean, parseDate, parseHttpUrl, parseWebsite } from "./parse-scalars";

describe("parseBoolean", () => {
  it.each<[unknown, boolean | null]>([
    [true, true], [false, false], ["true", true], ["TRUE", true], ["False", false], ["1", true], ["0", false],
    [1, true], [0, false], ["yes", true], ["No", false], [" y ", true],
    ["blue", null], [2, null], [{}, null], [null, null], [undefined, null], ["", null],
  ])("%j → %j", (input, expected) => {
    expect(parseBoolean(input)).toBe(expected);
  });
});

describe("parseWebsite", () => {
  it.each<[unknown, string | null]>([
    ["https://mayabakes.example", "https://mayabakes.example"],
    ["http://shop.example/path?q=1#x", "http://shop.example/path?q=1#x"],
    ["  https://tinyinvoice.app  ", "https://tinyinvoice.app"],
    ["HTTPS://Upper.Example", "HTTPS://Upper.Example"],
    ["mayabakes.example", "https://mayabakes.example"],
    ["www.shop.co.uk/links", "https://www.shop.co.uk/links"],
    ["javascript:alert(1)", null],
    ["JavaScript:alert(1)", null],
    ["mailto:maya@example.com", null],
    ["tel:+15035550119", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["ftp://files.example", null],
    ["https://paypal.example@evil.example", null],
    ["https://localhost/x", null],
    ["just some words", null],
    ["linktr.ee/ maya", null],
    ["maya@example.com", null],
    [`https://a.example/${"x".repeat(URL_MAX_LENGTH)}`, null],
    [42, null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(parseWebsite(input)).toBe(expected);
  });

  it("requires a scheme when bare domains are not allowed (avatars)", () => {
    expect(parseHttpUrl("pbs.twimg.example/a.jpg", { allowBareDomain: false })).toBeNull();
    expect(parseHttpUrl("https://pbs.twimg.example/a.jpg", { allowBareDomain: false })).toBe("https://pbs.twimg.example/a.jpg");
  });
});

describe("parseDate", () => {
  it.each<[unknown, string]>([
    ["2019-03-02T10:11:12.000Z", "2019-03-02T10:11:12.000Z"],
    ["2019-03-02T10:11:12Z", "2019-03-02T10:11:12.000Z"],
    ["2019-03-02T10:11:12+02:00", "2019-03-02T08:11:12.000Z"],
    ["2019-03-02T10:11:12-0130", "2019-03-02T11:41:12.000Z"],
    ["2019-03-02T10:11:12", "2019-03-02T10:11:12.000Z"],
    ["2019-03-02", "2019-03-02T00:00:00.000Z"],
    ["Tue Apr 21 06:49:15 +0000 2009", "2009-04-21T06:49:15.000Z"],
    ["Tue Apr 21 06:49:15 +0200 2009", "2009-04-21T04:49:15.000Z"],
    ["2024-01-02 03:04:05", "2024-01-02T03:04:05.000Z"],
    [1718000000, "2024-06-10T06:13:20.000Z"],
    [1718000000123, "2024-06-10T06:13:20.123Z"],
    ["1718000000", "2024-06-10T06:13:20.000Z"],
    [new Date("2020-01-01T00:00:00Z"), "2020-01-01T00:00:00.000Z"],
  ])("%j → %s", (input, iso) => {
    expect(parseDate(input)?.toISOString()).toBe(iso);
  });

  it.each<[unknown]>([
    ["yesterday"], ["2024-02-31"], ["2024-13-01"], ["Joined March 2015"], ["Tue Foo 21 06:49:15 +0000 2009"],
    [0], [-1], [1e20], ["1899-01-01"], [{}], [true], [null], [""], [new Date(Number.NaN)],
  ])("%j → null", (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

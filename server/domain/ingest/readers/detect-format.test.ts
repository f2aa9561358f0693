import { describe, expect, it } from "vitest";
import { FileFormatError } from "../formats";
import { detectFormat, detectFormatWithOverride, resolveFormat } from "./detect-format";
import { fixture } from "./fixtures.test-helpers";

const enc = new TextEncoder();

describe("detectFormat on every fixture", () => {
  it.each([
    ["x-users-lookup.json", "x_api_v2", "x", "utf8"],
    ["x-followers-page.json", "x_api_v2", "x", "utf8"],
    ["x-single-user.json", "x_api_v2", "x", "utf8"],
    ["truncated.json", "x_api_v2", "x", "utf8"],
    ["x-follower.js", "x_archive", "x", "utf8"],
    ["x-following.js", "x_archive", "x", "utf8"],
    ["tiktok-user-info.json", "tiktok_user_info", "tiktok", "utf8"],
    ["tiktok-user-info.jsonl", "tiktok_user_info", "tiktok", "utf8"],
    ["one-bad-line.jsonl", "tiktok_user_info", "tiktok", "utf8"],
    ["tiktok-research-user.json", "tiktok_research", "tiktok", "utf8"],
    ["tiktok-research-followers.json", "tiktok_research", "tiktok", "utf8"],
    ["tiktok-export-old.json", "tiktok_export", "tiktok", "utf8"],
    ["tiktok-export-new.json", "tiktok_export", "tiktok", "utf8"],
    ["tiktok-Follower.txt", "tiktok_export", "tiktok", "utf8"],
    ["threads-profiles.jsonl", "threads_profile", "threads", "utf8"],
    ["threads-profiles.json", "threads_profile", "threads", "utf8"],
    ["nul-byte.jsonl", "threads_profile", "threads", "utf8"],
    ["meta-threads-followers.json", "meta_export", "threads", "utf8"],
    ["instagram-followers_1.json", "meta_export", "threads", "utf8"],
    ["instagram-following.json", "meta_export", "threads", "utf8"],
    ["scraper-apify-tiktok.json", "scraper_json", "tiktok", "utf8"],
    ["scraper-x-camel.json", "scraper_json", "x", "utf8"],
    ["scraper-apify-tiktok.csv", "scraper_csv", "tiktok", "utf8"],
    ["scraper-x-legacy.csv", "scraper_csv", "x", "utf8"],
    ["scraper-threads.csv", "scraper_csv", "threads", "utf8"],
    ["quoted-newline.csv", "scraper_csv", "x", "utf8"],
    ["semicolon.csv", "scraper_csv", null, "utf8"],
    ["ragged.csv", "scraper_csv", null, "utf8"],
    ["header-only.csv", "scraper_csv", null, "utf8"],
    ["utf16le-bom.csv", "scraper_csv", "tiktok", "utf16le"],
  ])("%s → %s / %s", (name, format, platform, encoding) => {
    const detected = detectFormat(fixture(name), name);
    expect(detected).toMatchObject({ format, platform, encoding });
    expect(detected.reason.length).toBeGreaterThan(5);
  });

  it("rejects an empty file", () => {
    expect(() => detectFormat(fixture("empty.csv"), "empty.csv")).toThrow(new FileFormatError("The file is empty"));
    expect(() => detectFormat(enc.encode(" \n\r\n\t"), "blank.json")).toThrow("The file is empty");
    expect(() => detectFormat(new Uint8Array([0xef, 0xbb, 0xbf]), "bom-only.csv")).toThrow("The file is empty");
  });
});

describe("detectFormat on cut-off heads", () => {
  it.each(["x-users-lookup.json", "tiktok-user-info.json", "meta-threads-followers.json", "scraper-apify-tiktok.json", "tiktok-export-new.json"])(
    "%s still detected from its first 300 bytes",
    (name) => {
      const whole = detectFormat(fixture(name), name);
      expect(detectFormat(fixture(name).subarray(0, 300), name).format).toBe(whole.format);
    },
  );

  it("tolerates a head cut inside a multi-byte character and inside a string", () => {
    const bytes = enc.encode('{"data":[{"id":"1","username":"zoë_","description":"caf');
    expect(detectFormat(bytes.subarray(0, bytes.length - 1), "x.json").format).toBe("x_api_v2");
  });
});

describe("encodings", () => {
  const csv = "username,followers_count\nana,1\n";
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      out[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
      out[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    }
    return out;
  };

  it("recognises UTF-16 without a BOM from the NUL-byte pattern", () => {
    expect(detectFormat(utf16(csv, false), "a.csv")).toMatchObject({ format: "scraper_csv", platform: "x", encoding: "utf16le" });
    expect(detectFormat(utf16(csv, true), "a.csv")).toMatchObject({ format: "scraper_csv", platform: "x", encoding: "utf16be" });
  });

  it("recognises BOMs", () => {
    expect(detectFormat(new Uint8Array([0xfe, 0xff, ...utf16(csv, true)]), "a.csv").encoding).toBe("utf16be");
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(csv)]), "a.csv")).toMatchObject({ encoding: "utf8", format: "scraper_csv" });
  });

  it("keeps a JSONL with stray NUL bytes as UTF-8", () => {
    expect(detectFormat(fixture("nul-byte.jsonl"), "nul-byte.jsonl").encoding).toBe("utf8");
  });
});

describe("unknown shapes", () => {
  it("names the keys it saw in an unrecognised JSON file", () => {
    expect(() => detectFormat(enc.encode('{"foo": 1, "bar": {"baz": 2}}'), "x.json")).toThrow(/^Unknown file shape: JSON with keys foo, bar/);
    expect(() => detectFormat(enc.encode('[{"sku": "A1", "price": 3}]'), "x.json")).toThrow(/JSON array of objects with keys sku, price/);
  });

  it("rejects ZIP archives, binary data and delimiter-less text", () => {
    expect(() => detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "twitter.zip")).toThrow(/ZIP archive/);
    expect(() => detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]), "x.png")).toThrow(
      /Unknown file shape: binary data/,
    );
    expect(() => detectFormat(enc.encode("hello there\nhow are you\n"), "notes.txt")).toThrow(/Unknown file shape: text whose first line/);
  });

  it("accepts a one-column CSV by its name", () => {
    expect(detectFormat(enc.encode("username\nana\n"), "handles.csv")).toMatchObject({ format: "scraper_csv", platform: null });
  });

  it("recognises API error responses so the reader can explain them", () => {
    const tiktok = '{"data":{},"error":{"code":"access_token_invalid","message":"The access token is invalid","log_id":"1"}}';
    expect(detectFormat(enc.encode(tiktok), "me.json").format).toBe("tiktok_user_info");
    const graph = '{"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190,"fbtrace_id":"A1"}}';
    expect(detectFormat(enc.encode(graph), "me.json").format).toBe("threads_profile");
    const xErrors = '{"errors":[{"resource_id":"nobody","title":"Not Found Error","detail":"Could not find user"}]}';
    expect(detectFormat(enc.encode(xErrors), "lookup.json").format).toBe("x_api_v2");
  });
});

describe("resolveFormat", () => {
  const detected = detectFormat(fixture("semicolon.csv"), "semicolon.csv");

  it("keeps detection without an override", () => {
    expect(resolveFormat(detected)).toBe(detected);
    expect(resolveFormat(detected, "")).toBe(detected);
  });

  it("applies a valid override and takes its platform", () => {
    const x = resolveFormat(detectFormat(fixture("scraper-x-camel.json"), "a.json"), "x_api_v2");
    expect(x).toMatchObject({ format: "x_api_v2", platform: "x", encoding: "utf8" });
    expect(x.reason).toMatch(/chosen by the user/);
    expect(resolveFormat(detectFormat(fixture("threads-profiles.json"), "a.json"), "scraper_json")).toMatchObject({ platform: "threads" });
  });

  it("rejects an unknown override id, naming the valid ones", () => {
    expect(() => resolveFormat(detected, "instagram")).toThrow(/Unknown format "instagram"; expected one of: x_api_v2, x_archive/);
  });

  it("lets an override stand in for an unrecognised shape", () => {
    const bytes = enc.encode('[{"sku": "A1"}]');
    expect(detectFormatWithOverride(bytes, "a.json", "scraper_json")).toMatchObject({ format: "scraper_json", platform: null, encoding: "utf8" });
    expect(() => detectFormatWithOverride(bytes, "a.json")).toThrow(/Unknown file shape/);
    expect(() => detectFormatWithOverride(new Uint8Array(), "a.json", "scraper_json")).toThrow("The file is empty");
  });
});

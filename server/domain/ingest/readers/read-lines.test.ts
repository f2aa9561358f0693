import { describe, expect, it } from "vitest";
import { collect, obj, readFixture } from "./fixtures.test-helpers";

const enc = new TextEncoder();

describe("JSON Lines", () => {
  it("reads one record per line with its line number, bare and enveloped", async () => {
    const out = await readFixture("tiktok-user-info.jsonl");
    expect(out.failure).toBeNull();
    expect(out.records.map((r) => [r.index, r.line, obj(r).username])).toEqual([
      [1, 1, "gym_with_jo"],
      [2, 2, "plantdad.kev"],
      [3, 3, "mini.makers"],
    ]);
    const threads = await readFixture("threads-profiles.jsonl");
    expect(threads.records.map((r) => obj(r).username)).toEqual(["nadia.designs", "threads_tom", "slow.pottery"]);
  });

  it("reports a malformed line and keeps going; blank lines are skipped", async () => {
    const out = await readFixture("one-bad-line.jsonl");
    expect(out.failure).toBeNull();
    expect(out.records.map((r) => [r.index, r.line])).toEqual([[1, 1], [2, 2], [4, 5]]);
    expect(out.errors).toEqual([
      { kind: "error", index: 3, line: 3, field: null, code: "malformed_json", message: "line 3 is not valid JSON: Expected double-quoted property name at column 73" },
    ]);
  });

  it("reports NUL bytes without echoing the line", async () => {
    const out = await readFixture("nul-byte.jsonl");
    expect(out.records.map((r) => obj(r).username)).toEqual(["nul.one", "nul.three", "nul.four"]);
    expect(out.errors.map((e) => [e.index, e.line, e.code])).toEqual([[2, 2, "malformed_json"], [5, 5, "malformed_json"]]);
    expect(out.errors[0]?.message).toBe("line 2 is not valid JSON: Bad control character in string literal at column 76");
    expect(out.errors[1]?.message).toBe("line 5 is not valid JSON: Unexpected token '\\u0000'");
    expect(out.errors.some((e) => e.message.includes("\u0000"))).toBe(false);
  });

  it("reads X API pages saved one per line and passes their warnings on", async () => {
    const lines = [
      JSON.stringify({ data: [{ id: "1", username: "a" }, { id: "2", username: "b" }], meta: { result_count: 2, next_token: "t1" } }),
      JSON.stringify({ data: [{ id: "3", username: "c" }], errors: [{ resource_id: "zz", title: "Not Found Error", detail: "gone" }] }),
    ].join("\n");
    const out = await collect("x_api_v2", enc.encode(`${lines}\n`), { fileName: "pages.jsonl" });
    expect(out.records.map((r) => [r.index, r.line, obj(r).username])).toEqual([[1, 1, "a"], [2, 1, "b"], [3, 2, "c"]]);
    expect(out.warnings.map((w) => w.code)).toEqual(["x_next_token", "x_api_error"]);
  });

  it("flags values that are not objects and a TikTok error line", async () => {
    const text = '42\n{"data":{},"error":{"code":"rate_limit_exceeded","message":"slow down"}}\n{"open_id":"x","username":"ok"}\n';
    const out = await collect("tiktok_user_info", enc.encode(text), { fileName: "u.jsonl" });
    expect(out.items.map((i) => (i.kind === "record" ? "record" : i.code))).toEqual(["not_an_object", "tiktok_api_error", "record"]);
    expect(out.errors[1]?.message).toBe('line 2: TikTok API error "rate_limit_exceeded": slow down');
  });

  it("sniffs JSON Lines without the extension, and treats a pretty document as one document", async () => {
    const text = '{"username":"a","followersCount":1}\n{"username":"b","followersCount":2}\n';
    const lines = await collect("scraper_json", enc.encode(text), { fileName: "export.json" });
    expect(lines.records.map((r) => r.line)).toEqual([1, 2]);
    const pretty = await collect("scraper_json", enc.encode('{\n  "items": [\n    {"username": "a"}\n  ]\n}\n'), { fileName: "export.json" });
    expect(pretty.records.map((r) => [r.line, obj(r).username])).toEqual([[null, "a"]]);
  });

  it("rejects an empty or blank file", async () => {
    expect((await collect("threads_profile", enc.encode("\n\n  \n"), { fileName: "t.jsonl" })).failure?.message).toBe("The file is empty");
  });
});

describe("X archive", () => {
  it("strips the window.YTD assignment and yields the inner objects", async () => {
    const out = await readFixture("x-follower.js");
    expect(out.records.map(obj)).toEqual([
      { accountId: "1252851", userLink: "https://twitter.com/intent/user?user_id=1252851", relation: "follower" },
      { accountId: "987654321012345678", userLink: "https://twitter.com/intent/user?user_id=987654321012345678", relation: "follower" },
    ]);
    const following = await readFixture("x-following.js");
    expect(following.records.map((r) => [r.index, obj(r).accountId, obj(r).relation])).toEqual([
      [1, "44196397", "following"],
      [2, "783214", "following"],
      [3, "1500000000000000001", "following"],
    ]);
  });

  it("accepts a trailing semicolon and reports syntax errors with the file's own line numbers", async () => {
    const ok = await collect("x_archive", enc.encode('window.YTD.follower.part1 = [{"follower":{"accountId":"9"}}];\n'), { fileName: "follower-part1.js" });
    expect(ok.records.map(obj)).toEqual([{ accountId: "9", relation: "follower" }]);
    const bad = await collect("x_archive", enc.encode('window.YTD.follower.part0 = [\n  {"follower":{"accountId":"9"}},\n  {"follower" {}}\n]'), {
      fileName: "follower.js",
    });
    expect(bad.failure?.message).toMatch(/^The JSON is not valid on line 3: /);
    const truncated = await collect("x_archive", enc.encode('window.YTD.follower.part0 = [\n  {"follower":{"accountId":"9"}},\n  {"follow'), { fileName: "f.js" });
    expect(truncated.records).toHaveLength(1);
    expect(truncated.failure?.message).toBe("The JSON ends early (truncated) after record 1");
  });

  it("rejects a file without the array", async () => {
    expect((await collect("x_archive", enc.encode("window.YTD.follower.part0 = "), { fileName: "f.js" })).failure?.message).toMatch(/no '\[' was found/);
    expect((await collect("x_archive", new Uint8Array(), { fileName: "f.js" })).failure?.message).toBe("The file is empty");
  });
});

describe("TikTok TXT export", () => {
  it("reads Date/Username blocks with the relation from the file name", async () => {
    const out = await readFixture("tiktok-Follower.txt");
    expect(out.records.map((r) => [r.index, r.line, obj(r)])).toEqual([
      [1, 1, { Date: "2024-01-02 03:04:05", UserName: "fan_one", relation: "follower" }],
      [2, 4, { Date: "2024-01-05 11:22:33", UserName: "knit.wit", relation: "follower" }],
      [3, 7, { Date: "2024-02-10 00:00:01", UserName: "user99812", relation: "follower" }],
    ]);
  });

  it("splits blocks without blank lines, handles CRLF, and flags stray lines", async () => {
    const text = "Date: 2024-01-01 00:00:00\r\nUsername: a\r\nDate: 2024-01-02 00:00:00\r\nUser name: b\r\nthis is not a field\r\n";
    const out = await collect("tiktok_export", enc.encode(text), { fileName: "Following.txt" });
    expect(out.items.map((i) => (i.kind === "record" ? obj(i) : i.code))).toEqual([
      { Date: "2024-01-01 00:00:00", UserName: "a", relation: "following" },
      { Date: "2024-01-02 00:00:00", UserName: "b", relation: "following" },
      "malformed_line",
    ]);
  });
});

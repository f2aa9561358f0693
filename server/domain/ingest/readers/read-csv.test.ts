import { describe, expect, it } from "vitest";
import { collect, fixture, obj, readFixture } from "./fixtures.test-helpers";
import { previewCsv } from "./preview-csv";

const enc = new TextEncoder();
const csv = (text: string, opts: { columnMapping?: Record<string, string> } = {}) => collect("scraper_csv", enc.encode(text), { fileName: "t.csv", ...opts });

describe("scraper CSV", () => {
  it("reads rows keyed by header, cells as written, with line numbers", async () => {
    const legacy = await readFixture("scraper-x-legacy.csv");
    expect(legacy.failure).toBeNull();
    expect(legacy.records.map((r) => [r.index, r.line, obj(r).screen_name])).toEqual([
      [1, 2, "jack_of_bikes"],
      [2, 3, "market_mo"],
      [3, 4, "quill_and_ledger"],
    ]);
    expect(obj(legacy.records[1])).toMatchObject({ name: 'Mo "The Grocer" Ali', followers_count: "87", created_at: "Mon Jan 05 12:00:00 +0000 2015" });
  });

  it("keeps dotted Apify headers and Threads scraper headers", async () => {
    const apify = await readFixture("scraper-apify-tiktok.csv");
    expect(apify.records.map((r) => [obj(r)["authorMeta.name"], obj(r)["authorMeta.fans"]])).toEqual([
      ["crumb.club", "48200"],
      ["crumb.club", "48210"],
      ["spoke_doctor", "1500"],
    ]);
    const threads = await readFixture("scraper-threads.csv");
    expect(threads.records.map((r) => obj(r).followerCount)).toEqual(["2300", "860"]);
  });

  it("detects the semicolon delimiter and keeps decimal commas", async () => {
    const out = await readFixture("semicolon.csv");
    expect(out.records.map(obj)[0]).toEqual({ username: "sven.bakt", name: "Sven Müller", followers: "1,2K", bio: "Bäcker; Köln" });
    expect(out.records).toHaveLength(3);
  });

  it("reads tab-separated files and an Excel sep= line", async () => {
    expect((await csv("username\tfollowers\nana\t5\n")).records.map(obj)).toEqual([{ username: "ana", followers: "5" }]);
    const sep = await csv("sep=;\nusername;followers\nana;5\nbo;6\n");
    expect(sep.records.map((r) => [r.line, obj(r)])).toEqual([[3, { username: "ana", followers: "5" }], [4, { username: "bo", followers: "6" }]]);
  });

  it("keeps quoted newlines, doubled quotes and CRLF; the next row's line accounts for them", async () => {
    const out = await readFixture("quoted-newline.csv");
    expect(out.records.map((r) => r.line)).toEqual([2, 3, 6]);
    expect(obj(out.records[1]).description).toBe('First line\r\nSecond line, with comma\r\nThird "quoted" line');
    expect(obj(out.records[1]).name).toBe('Mo "Ledger" Ali');
  });

  it("reports ragged rows per record and accepts empty trailing cells", async () => {
    const out = await readFixture("ragged.csv");
    expect(out.failure).toBeNull();
    expect(out.records.map((r) => [r.index, r.line, obj(r).username])).toEqual([[1, 2, "ok_one"], [3, 4, "trailing_empty"], [5, 6, "ok_two"]]);
    expect(out.errors).toEqual([
      { kind: "error", index: 2, line: 3, field: null, code: "ragged_row", message: "line 3 has 3 columns, expected 4" },
      { kind: "error", index: 4, line: 5, field: null, code: "ragged_row", message: "line 5 has 5 columns, expected 4" },
    ]);
    expect(Object.keys(obj(out.records[1]))).toEqual(["username", "name", "followers", "bio"]);
  });

  it("decodes UTF-16LE with a BOM, including characters outside the BMP", async () => {
    const out = await readFixture("utf16le-bom.csv");
    expect(out.records.map(obj)).toEqual([
      { username: "cafe.rene", display_name: "René’s Café", bio: "Crêpes & café ☕ — Montréal", followers: "1200" },
      { username: "emoji.em", display_name: "Em 😀", bio: "Smiles 😀😀 all day", followers: "45" },
      { username: "plain_pat", display_name: "Pat", bio: "", followers: "7" },
    ]);
  });

  it("decodes UTF-16BE without a BOM when told so", async () => {
    const text = "username,bio\nzoë,☕\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 * i] = text.charCodeAt(i) >> 8;
      bytes[2 * i + 1] = text.charCodeAt(i) & 0xff;
    }
    const out = await collect("scraper_csv", bytes, { fileName: "be.csv", encoding: "utf16be", chunkSize: 3 });
    expect(out.records.map(obj)).toEqual([{ username: "zoë", bio: "☕" }]);
  });

  it("trims, names and de-duplicates headers, then applies the column mapping", async () => {
    const out = await csv(" handle ,,handle,Followers \na,x,b,5\n", { columnMapping: { handle: "username", Followers: "followerCount", nope: "bio" } });
    expect(out.records.map(obj)).toEqual([{ username: "a", column_2: "x", handle_2: "b", followerCount: "5" }]);
    expect(out.warnings).toEqual([{ code: "column_mapping_unused", message: "Column mapping names headers not in the file: nope" }]);
  });

  it("skips blank and all-empty rows", async () => {
    const out = await csv("\nusername,followers\n\nana,1\n,\n\nbo,2");
    expect(out.records.map((r) => [r.index, r.line, obj(r).username])).toEqual([[1, 4, "ana"], [2, 7, "bo"]]);
  });

  it("fails clearly on an empty file, a header-only file and an unclosed quote", async () => {
    expect((await readFixture("header-only.csv")).failure?.message).toBe("The CSV has a header row but no data rows");
    expect((await collect("scraper_csv", fixture("empty.csv"), { fileName: "empty.csv" })).failure?.message).toBe("The file is empty");
    expect((await csv("username,bio\n\n,\n")).failure?.message).toBe("The CSV has a header row but no data rows");
    const unclosed = await csv('username,bio\nana,fine\nbo,"never closed\ncy,x\n');
    expect(unclosed.records).toHaveLength(1);
    expect(unclosed.failure?.message).toBe("The CSV has a quote that is never closed (the record starting on line 3)");
  });
});

describe("previewCsv", () => {
  it("returns cleaned headers, the first rows and the delimiter", () => {
    expect(previewCsv(fixture("semicolon.csv"), "utf8", 2)).toEqual({
      headers: ["username", "name", "followers", "bio"],
      rows: [
        ["sven.bakt", "Sven Müller", "1,2K", "Bäcker; Köln"],
        ["lotte_dekker", "Lotte", "980", "Fietsen en brood"],
      ],
      delimiter: ";",
    });
    expect(previewCsv(fixture("utf16le-bom.csv"), "utf16le").rows).toHaveLength(3);
  });

  it("copes with a head cut inside a quoted field", () => {
    const bytes = fixture("quoted-newline.csv");
    const head = bytes.subarray(0, bytes.indexOf("Second"));
    expect(previewCsv(head, "utf8")).toEqual({ headers: ["screen_name", "name", "description", "followers_count"], rows: [["ana_lima_dev", "Ana", "one line bio", "340"]], delimiter: "," });
  });

  it("rejects an empty head", () => {
    expect(() => previewCsv(new Uint8Array(), "utf8")).toThrow("The file is empty");
  });
});

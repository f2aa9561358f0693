import { describe, expect, it } from "vitest";
import { csvRow } from "@/server/domain/csv/csv-row";
import { csvColumnCount, csvRecordScrubber, erasedCsvRecord, erasedJsonlLine, jsonlRecordScrubber, scrubCsvRecord, scrubJsonlRecord } from "./scrub-erased-record";

const id = "lc_0a1b2c";
const record = (leadId: string, extra: Record<string, unknown> = {}) => `${JSON.stringify({ schema_version: "1.0.0", lead_id: leadId, handle: "ella", ...extra })}\n`;
/** The tombstone padded to the byte length of the line it replaces (newline excluded). */
const tombstone = (line: string) => `{"erased":true,"lead_id":"${id}"}`.padEnd(Buffer.byteLength(line.replace(/\n$/, "")));
const accented = record(id, { display_name: "Éllа 🍰" });

describe("scrubJsonlRecord", () => {
  it.each([
    ["the person's record", record(id), `${tombstone(record(id))}\n`, "erased_now"],
    ["a record with multi-byte characters (padded to its bytes)", accented, `${tombstone(accented)}\n`, "erased_now"],
    ["the last line without a newline", record(id).trimEnd(), tombstone(record(id)), "erased_now"],
    ["an already erased line", `${tombstone(record(id))}\n`, `${tombstone(record(id))}\n`, "already_erased"],
    ["an already erased line from before padding", `${erasedJsonlLine(id)}\n`, `${erasedJsonlLine(id)}\n`, "already_erased"],
    ["someone else's record", record("lc_ffff"), record("lc_ffff"), "other"],
    ["a record that only mentions the id elsewhere", record("lc_ffff", { display_name: `"${id}"` }), record("lc_ffff", { display_name: `"${id}"` }), "other"],
    ["a longer id that starts with it", record(`${id}99`), record(`${id}99`), "other"],
    ["a line that is not JSON", `{"lead_id":"${id}"\n`, `{"lead_id":"${id}"\n`, "other"],
  ])("%s", (_name, raw, text, outcome) => {
    expect(scrubJsonlRecord(raw, id)).toEqual({ text, outcome });
    expect(Buffer.byteLength(text)).toBe(Buffer.byteLength(raw));
  });

  it("keeps the tombstone a JSON value of the erased id", () => {
    expect(JSON.parse(scrubJsonlRecord(accented, id).text)).toEqual({ erased: true, lead_id: id });
  });
});

describe("scrubCsvRecord", () => {
  it.each([
    ["the person's row", csvRow([id, "x", "=cmd|", "a\nb"]), `${id},,,\r\n`, "erased_now"],
    ["an already erased row", `${id},,,\r\n`, `${id},,,\r\n`, "already_erased"],
    ["someone else's row", csvRow(["lc_ffff", id, "", ""]), csvRow(["lc_ffff", id, "", ""]), "other"],
    ["a longer id that starts with it", csvRow([`${id}99`, "", "", ""]), csvRow([`${id}99`, "", "", ""]), "other"],
    ["a last row without CRLF", `${id},a,b,c`, `${id},,,`, "erased_now"],
  ])("%s", (_name, raw, text, outcome) => {
    expect(scrubCsvRecord(raw, id, 4)).toEqual({ text, outcome });
  });

  it("counts cells outside quotes", () => {
    expect(csvColumnCount("a,b,c")).toBe(3);
    expect(csvColumnCount('a,"b,c",d')).toBe(3);
    expect(csvColumnCount('"x ""y"", z",')).toBe(2);
    expect(erasedCsvRecord(id, 1)).toBe(`${id}\r\n`);
  });
});

describe("record scrubbers", () => {
  it("csv keeps the header and takes the column count from it", () => {
    const scrub = csvRecordScrubber(id);
    expect(scrub("lead_id,platform,handle\r\n")).toEqual({ text: "lead_id,platform,handle\r\n", outcome: "other" });
    expect(scrub(csvRow([id, "x", "ella"]))).toEqual({ text: `${id},,\r\n`, outcome: "erased_now" });
  });

  it("refuse anything that is not a lead public id", () => {
    for (const bad of ["", "lc_", "lc_a,b", 'lc_"x', "hb_abc"]) {
      expect(() => csvRecordScrubber(bad)).toThrow(/not a lead public id/);
      expect(() => jsonlRecordScrubber(bad)).toThrow(/not a lead public id/);
    }
  });
});

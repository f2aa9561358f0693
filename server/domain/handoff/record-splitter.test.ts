import { describe, expect, it } from "vitest";
import { csvRow } from "@/server/domain/csv/csv-row";
import { RecordSplitter, type TRecordFormat } from "./record-splitter";

/** Feeds `text` in chunks of `size` characters and collects every record. */
function split(format: TRecordFormat, text: string, size: number): string[] {
  const splitter = new RecordSplitter(format);
  const records: string[] = [];
  for (let i = 0; i < text.length; i += size) records.push(...splitter.push(text.slice(i, i + size)));
  return [...records, ...splitter.end()];
}

const csv = [
  csvRow(["lead_id", "display_name", "pools"]),
  csvRow(["lc_01", "Ana\nline two, with comma", "a | b"]),
  csvRow(["lc_02", 'say "hi"\r\nlc_03,fake row', "=cmd|' /C calc'!A0"]),
  csvRow(["lc_04", "", ""]),
].join("");

describe("RecordSplitter", () => {
  it.each([1, 2, 3, 7, 1000])("csv: a newline inside quotes stays in its record (chunks of %i)", (size) => {
    expect(split("csv", csv, size)).toEqual([
      "lead_id,display_name,pools\r\n",
      'lc_01,"Ana\nline two, with comma",a | b\r\n',
      'lc_02,"say ""hi""\r\nlc_03,fake row",\'=cmd|\' /C calc\'!A0\r\n',
      "lc_04,,\r\n",
    ]);
  });

  it.each([1, 5, 1000])("jsonl: one record per line, quotes do not matter (chunks of %i)", (size) => {
    const text = '{"a":"x\\"y"}\n{"b":"\\n"}\n{"c":1}';
    expect(split("jsonl", text, size)).toEqual(['{"a":"x\\"y"}\n', '{"b":"\\n"}\n', '{"c":1}']);
  });

  it("joining the records gives back the input", () => {
    expect(split("csv", csv, 5).join("")).toBe(csv);
    expect(split("csv", "", 5)).toEqual([]);
  });
});

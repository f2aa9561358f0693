import { describe, expect, it } from "vitest";
import { mapMetaExportItem } from "./meta-export-mapper";

describe("mapMetaExportItem", () => {
  it.each([
    ["Threads follower (handle in value)", { title: "", media_list_data: [], string_list_data: [{ href: "https://www.threads.net/@sam.climbs", value: "sam.climbs", timestamp: 1718000000 }] }, "sam.climbs"],
    ["newer Instagram following (handle in title, no value)", { title: "rue.ceramics", string_list_data: [{ href: "https://www.instagram.com/_u/rue.ceramics", timestamp: 1718000000 }] }, "rue.ceramics"],
    ["href only (threads.net/@)", { title: "", string_list_data: [{ href: "https://www.threads.net/@only.href", timestamp: 1 }] }, "only.href"],
    ["href only (instagram.com/handle/)", { string_list_data: [{ href: "https://www.instagram.com/plain_path/" }] }, "plain_path"],
  ])("%s", (_name, value, handle) => {
    expect(mapMetaExportItem(value)).toMatchObject({ platform: "threads", handle, hydrated: false, accountCreatedAt: null });
  });

  it("repairs Meta mojibake in title/value (CafÃ© → Café)", () => {
    const raw = JSON.parse('{"title": "", "string_list_data": [{"href": "https://www.threads.net/@cafe", "value": "Caf\\u00c3\\u00a9", "timestamp": 1}]}') as unknown;
    expect(mapMetaExportItem(raw)).toMatchObject({ handle: "Café" });
  });

  it("rejects items without string_list_data or title", () => {
    expect(mapMetaExportItem({ media_list_data: [] })).toMatchObject({ error: { code: "unexpected_shape" } });
  });
});

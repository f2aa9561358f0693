import { describe, expect, it } from "vitest";
import { previewImportFile } from "./preview-import-file";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("previewImportFile", () => {
  it("suggests a mapping for known scraper headers and flags nothing missing", () => {
    const preview = previewImportFile(bytes("platform,screen_name,followers_count,description\nx,maya_builds,812,bakery saas\n"), "export.csv");
    expect(preview).toMatchObject({ ok: true, format: "scraper_csv", csv: { headers: ["platform", "screen_name", "followers_count", "description"], missingRequired: [] } });
    expect(preview.ok && preview.csv?.mapping).toMatchObject({ screen_name: "handle", followers_count: "followers", description: "bio" });
  });

  it("lists required fields no header feeds, so the user can map them", () => {
    const preview = previewImportFile(bytes("Who,About them\nmaya,bakery saas\n"), "odd.csv", { platform: "x" });
    expect(preview).toMatchObject({ ok: true, csv: { mapping: { Who: null, "About them": null }, missingRequired: expect.arrayContaining(["handle"]) } });
  });

  it("detects JSON formats without a CSV preview", () => {
    expect(previewImportFile(bytes('{"data":[{"id":"1","username":"a","description":"x"}]}'), "users.json")).toMatchObject({ ok: true, format: "x_api_v2", platform: "x", csv: null });
  });

  it("explains files it cannot read instead of throwing", () => {
    expect(previewImportFile(bytes(""), "empty.csv")).toEqual({ ok: false, message: "The file is empty" });
  });
});

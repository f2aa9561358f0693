import { describe, expect, it } from "vitest";
import { processingRecordSetting, retentionSetting } from "@/server/domain/settings/compliance";
import { useTestDatabase } from "@/server/testing/test-database";
import { updateSetting } from "@/server/services/settings/update-setting";
import { getProcessingRecord } from "./get-processing-record";

const actor = { type: "cli", id: "art30-test" } as const;

describe("getProcessingRecord", () => {
  const t = useTestDatabase();

  it("renders the record from defaults, then from saved settings and configured handoff targets and providers", async () => {
    const first = await getProcessingRecord(t.db, { now: new Date("2026-11-28T00:00:00Z") });
    expect(first.markdown).toContain("# Record of processing activities (GDPR Art. 30)");
    expect(first.markdown).toContain("None configured (no handoff target is set up).");
    expect(first.markdown).toContain("_No enrichment policy has been saved: these are the product's default providers._");
    expect(first.markdown).toContain("Raw social profile content: 365 days");
    expect(first.html).toMatch(/^<!doctype html>/);
    expect(first.html).toContain("<h2>Recipients</h2>");
    expect(first.html).toContain("@media print");

    await updateSetting(t.db, retentionSetting, { rawProfileDays: 90, contactDays: null }, { actor });
    await updateSetting(t.db, processingRecordSetting, { ...processingRecordSetting.defaultValue, controllerName: "Acme <Growth> Ltd" }, { actor });
    await t.db.setting.create({ data: { key: "handoff.transports", value: [{ name: "CRM push", transport: "api_push", target: "https://crm.example/hook" }, { name: "Off", transport: "queue", enabled: false }] } });
    await t.db.setting.create({ data: { key: "enrichment.providers", value: { providers: [{ provider: "apollo", enabled: true }, { provider: "batchdata", enabled: false }] } } });

    const second = await getProcessingRecord(t.db);
    expect(second.markdown).toContain("Acme \\<Growth\\> Ltd");
    expect(second.html).not.toContain("<Growth>");
    expect(second.markdown).toContain("- CRM push · api\\_push · https://crm.example/hook");
    expect(second.markdown).not.toContain("Off · queue");
    expect(second.markdown).toContain("- apollo");
    expect(second.markdown).not.toContain("batchdata");
    expect(second.markdown).toContain("Raw social profile content: 90 days");
    expect(second.markdown).toContain("Contacts (emails, phones): kept until erased");
  });
});

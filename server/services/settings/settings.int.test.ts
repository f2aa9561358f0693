import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineSetting } from "@/server/domain/settings/define-setting";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { useTestDatabase } from "@/server/testing/test-database";
import { getSetting } from "./get-setting";
import { updateSetting } from "./update-setting";

const example = defineSetting({
  key: "test.example",
  description: "a setting for this test",
  schema: z.object({ limit: z.number().int().min(1).max(250) }),
  defaultValue: { limit: 250 },
});
const actor = { type: "cli" as const, id: "settings-test" };

describe("settings", () => {
  const t = useTestDatabase();

  it("returns the default until someone saves a value", async () => {
    expect(await getSetting(t.db, example)).toMatchObject({ value: { limit: 250 }, version: 0, isDefault: true });
  });

  it("versions every change, keeps history and audits it", async () => {
    await updateSetting(t.db, example, { limit: 100 }, { actor, expectedVersion: 0 });
    await updateSetting(t.db, example, { limit: 50 }, { actor, expectedVersion: 1 });
    expect(await getSetting(t.db, example)).toMatchObject({ value: { limit: 50 }, version: 2, isDefault: false });
    const history = await t.db.settingVersion.findMany({ where: { key: example.key }, orderBy: { version: "asc" } });
    expect(history.map((h) => h.value)).toEqual([{ limit: 100 }, { limit: 50 }]);
    const audits = await t.db.auditLog.findMany({ where: { event: "settings_changed", targetId: example.key }, orderBy: { seq: "asc" } });
    expect(audits.map((a) => a.metadata)).toEqual([
      { key: example.key, versionBefore: 0, versionAfter: 1 },
      { key: example.key, versionBefore: 1, versionAfter: 2 },
    ]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("names the field of an invalid value and writes nothing", async () => {
    await expect(updateSetting(t.db, example, { limit: 251 }, { actor })).rejects.toThrow(/test\.example\.limit/);
    expect((await getSetting(t.db, example)).version).toBe(2);
  });

  it("refuses a stale version", async () => {
    await expect(updateSetting(t.db, example, { limit: 7 }, { actor, expectedVersion: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

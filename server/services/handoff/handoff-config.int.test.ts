import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { useTestDatabase } from "@/server/testing/test-database";
import { getHandoffConfig } from "./get-handoff-config";
import { saveHandoffConfig } from "./save-handoff-config";

const actor = { type: "cli" as const, id: "handoff-config-test" };
const SECRET = "dialer-secret-0123456789-abcd";
const BROKER_PASSWORD = "broker-pw-s3cret";
const noEnv = { amqpUrl: null };

describe("handoff config as the Settings form reads and saves it", () => {
  const t = useTestDatabase();

  it("starts from the default: version 0, no endpoints, queue off without SXE_AMQP_URL and on with it", async () => {
    expect(await getHandoffConfig(t.db, noEnv)).toMatchObject({ version: 0, isDefault: true, value: { pushEndpoints: [], autoDeliver: ["file"] }, queue: { enabled: false, environmentUrlSet: false } });
    expect((await getHandoffConfig(t.db, { amqpUrl: "amqp://env-broker" })).queue).toEqual({ enabled: true, environmentUrlSet: true });
  });

  it("never returns a secret: endpoints get a hint, the broker URL a masked password (also through handoff.config)", async () => {
    const { version } = await saveHandoffConfig(
      t.db,
      { pushEndpoints: [{ name: "dialer", url: "https://dialer.example/hooks", secret: SECRET, enabled: true, timeoutMs: 5000 }], amqpUrl: `amqp://sxe:${BROKER_PASSWORD}@broker:5672`, dnc: { flags: ["dnc"], action: "drop_record" }, expectedVersion: 0 },
      { actor },
    );
    expect(version).toBe(1);

    const config = await getHandoffConfig(t.db, noEnv);
    expect(config.value.pushEndpoints).toEqual([{ name: "dialer", url: "https://dialer.example/hooks", secret: "", secretHint: "••••abcd", enabled: true, timeoutMs: 5000 }]);
    expect(config.value.amqpUrl).toBe("amqp://sxe:••••@broker:5672");
    expect(config.value.dnc).toEqual({ flags: ["dnc"], action: "drop_record" });
    expect(config.queue).toEqual({ enabled: true, environmentUrlSet: false });
    expect(JSON.stringify(config)).not.toContain(SECRET);
    expect(JSON.stringify(config)).not.toContain(BROKER_PASSWORD);

    const caller = createCaller({ db: t.db, user: { id: "00000000-0000-4000-8000-000000000001", email: "admin@handoff-config.test", name: null, role: "ADMIN" }, requestId: "handoff-config-test" });
    const viaApi = await caller.handoff.config();
    expect(viaApi.value.pushEndpoints[0]).toMatchObject({ secret: "", secretHint: "••••abcd" });
    expect(JSON.stringify(viaApi)).not.toContain(SECRET);
    expect(JSON.stringify(viaApi)).not.toContain(BROKER_PASSWORD);
  });

  it("saving the form's masked value back keeps the stored secret and broker password", async () => {
    const { value, version } = await getHandoffConfig(t.db, noEnv);
    const pushEndpoints = value.pushEndpoints.map(({ secretHint: _hint, ...endpoint }) => ({ ...endpoint, timeoutMs: 8000 }));
    await saveHandoffConfig(t.db, { ...value, pushEndpoints, expectedVersion: version }, { actor });

    const stored = await getSetting(t.db, handoffSetting);
    expect(stored.version).toBe(2);
    expect(stored.value.pushEndpoints).toEqual([{ name: "dialer", url: "https://dialer.example/hooks", secret: SECRET, enabled: true, timeoutMs: 8000 }]);
    expect(stored.value.amqpUrl).toBe(`amqp://sxe:${BROKER_PASSWORD}@broker:5672`);
    expect(await t.db.auditLog.count({ where: { event: "settings_changed", targetId: "handoff" } })).toBe(2);
  });

  it("refuses a new endpoint without a secret, naming the endpoint, and writes nothing", async () => {
    const { value, version } = await getHandoffConfig(t.db, noEnv);
    const pushEndpoints = [...value.pushEndpoints.map(({ secretHint: _hint, ...endpoint }) => endpoint), { name: "crm-sync", url: "https://crm.example/in", secret: "", enabled: true, timeoutMs: 10_000 }];
    await expect(saveHandoffConfig(t.db, { ...value, pushEndpoints, expectedVersion: version }, { actor })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("pushEndpoints.crm-sync.secret") });
    expect((await getSetting(t.db, handoffSetting)).version).toBe(version);
  });

  it("refuses two endpoints with one name, a masked broker password with nothing stored, and a stale version", async () => {
    const { value, version } = await getHandoffConfig(t.db, noEnv);
    const dialer = { name: "dialer", url: "https://dialer.example/hooks", secret: "", enabled: true, timeoutMs: 10_000 };
    await expect(saveHandoffConfig(t.db, { ...value, pushEndpoints: [dialer, dialer], expectedVersion: version }, { actor })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("pushEndpoints.dialer.name") });
    await expect(saveHandoffConfig(t.db, { ...value, pushEndpoints: [dialer], amqpUrl: null, expectedVersion: version }, { actor })).resolves.toEqual({ version: version + 1 });
    await expect(saveHandoffConfig(t.db, { ...value, pushEndpoints: [dialer], amqpUrl: "amqp://sxe:••••@broker:5672", expectedVersion: version + 1 }, { actor })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("amqpUrl") });
    await expect(saveHandoffConfig(t.db, { ...value, pushEndpoints: [dialer], amqpUrl: null, expectedVersion: version }, { actor })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getSetting(t.db, handoffSetting)).version).toBe(version + 1);
  });
});

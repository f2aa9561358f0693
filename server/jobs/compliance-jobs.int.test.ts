import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/server/logging/logger";
import { recordAudit } from "@/server/services/audit/record-audit";
import { useTestDatabase } from "@/server/testing/test-database";
import { auditDigestJob } from "./audit-digest-job";
import { jobRegistry } from "./registry";
import { retentionJob } from "./retention-job";

describe("compliance jobs", () => {
  const t = useTestDatabase();
  const ctx = () => ({ db: t.db, databaseUrl: t.url, logger: createLogger("test", { level: "silent" }), jobId: "test", retryCount: 0, retryLimit: 3 });

  it("are registered with schedules", () => {
    expect(jobRegistry["audit-digest"].schedule?.cron).toBe("*/15 * * * *");
    expect(jobRegistry["retention-purge"].schedule?.cron).toBe("17 3 * * *");
  });

  it("the digest job writes a digest row and, with SXE_AUDIT_DIGEST_DIR, a file", async () => {
    await t.db.$transaction((tx) => recordAudit(tx, { event: "pool_changed", actor: { type: "system", id: "t" }, metadata: { action: "created" } }));
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-digest-job-"));
    process.env.SXE_AUDIT_DIGEST_DIR = dir;
    try {
      expect(await auditDigestJob.handler({}, ctx())).toMatchObject({ headSeq: "1" });
    } finally {
      delete process.env.SXE_AUDIT_DIGEST_DIR;
    }
    expect(await t.db.auditDigest.count()).toBe(1);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("the retention job reads the setting and purges", async () => {
    expect(await retentionJob.handler({}, ctx())).toEqual({ rawProfiles: 0, contacts: 0 });
  });
});

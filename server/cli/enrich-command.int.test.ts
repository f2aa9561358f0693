import { describe, expect, it } from "vitest";
import { createActor, insertEnrichableCards } from "@/server/services/enrichment/__fixtures__/enrichment-fixtures";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";

describe("sxe enrich", () => {
  const t = useTestDatabase();
  const run = (args: string[]) => sxe(args, { databaseUrl: t.url, timeoutMs: 90_000 });

  it("requests as a named user, refuses self-approval, approves as another admin and shows status", async () => {
    const growth = await createActor(t.db, "GROWTH");
    const admin = await createActor(t.db, "ADMIN");
    const compliance = await createActor(t.db, "COMPLIANCE");
    const eligible = await insertEnrichableCards(t.db, 3);
    const [userLabel] = await insertEnrichableCards(t.db, 1, { label: "USER" });

    const refused = await run(["enrich", "request", "--cards", userLabel!, "--reason", "partners", "--actor", growth.email]);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/none of the 1 selected card\(s\) is eligible .*label USER is not eligible/) });
    const forbidden = await run(["enrich", "request", "--cards", eligible[0]!, "--reason", "partners", "--actor", compliance.email]);
    expect(forbidden).toMatchObject({ code: 1, stderr: expect.stringMatching(/COMPLIANCE\) may not request enrichment/) });
    expect((await run(["enrich", "request", "--reason", "partners", "--actor", growth.email])).stderr).toMatch(/exactly one of --cards IDS or --pool NAME/);

    const requested = await run(["enrich", "request", "--cards", [...eligible, userLabel!].join(","), "--reason", "partner outreach", "--actor", growth.email, "--json"]);
    expect(requested.code).toBe(0);
    const result = JSON.parse(requested.stdout) as { requests: { id: string; cards: number }[]; eligible: number; ineligible: number; reasonCounts: Record<string, number> };
    expect(result).toMatchObject({ eligible: 3, ineligible: 1, reasonCounts: { label: 1 }, requests: [{ cards: 3 }] });
    const id = result.requests[0]!.id;
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { event: "enrichment_requested", targetId: id } });
    expect(audit).toMatchObject({ actorType: "user", actorId: growth.userId, actorLabel: `${growth.email} (cli)` });

    const self = await run(["enrich", "approve", id, "--actor", growth.email]);
    expect(self).toMatchObject({ code: 1, stderr: expect.stringMatching(/may not approve/) });
    const approved = await run(["enrich", "approve", id, "--actor", admin.email, "--reason", "ok for partners"]);
    expect(approved).toMatchObject({ code: 0, stdout: expect.stringMatching(/Approved .*3 card\(s\); queued for the worker/) });
    const twice = await run(["enrich", "approve", id, "--actor", admin.email]);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringMatching(/already approved/) });
    const jobs = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'enrichment.batch' AND data->>'requestId' = ${id}`;
    expect(jobs[0]!.n).toBe(1);

    const status = await run(["enrich", "status", id]);
    expect(status).toMatchObject({ code: 0, stdout: expect.stringMatching(/— approved[\s\S]*items: 3 total · 3 pending/) });
    const json = JSON.parse((await run(["enrich", "status", id, "--json"])).stdout) as { status: string; items: unknown[]; approver: { email: string } };
    expect(json).toMatchObject({ status: "approved", approver: { email: admin.email } });
    expect(json.items).toHaveLength(3);

    const unknown = await run(["enrich", "reject", id, "--actor", "nobody@nowhere.test", "--reason", "x"]);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such user/) });
    expect(compliance.role).toBe("COMPLIANCE");
  }, 300_000);
});

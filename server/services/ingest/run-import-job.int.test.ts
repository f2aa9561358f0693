import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { handleDigest, platformUserIdDigest } from "@/server/domain/suppression/suppression-digest";
import { useTestDatabase } from "@/server/testing/test-database";
import type { TImportOptions } from "./create-import-job";
import { runImportJob } from "./run-import-job";
import { submitImport } from "./submit-import";

const fixtures = path.resolve(import.meta.dirname, "../../domain/ingest/__fixtures__/readers");
const actor = { type: "cli", id: "test" } as const;

describe("runImportJob", () => {
  const t = useTestDatabase();
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sxe-import-"));
  });

  async function importContent(content: string | Buffer, fileName: string, options: TImportOptions = {}) {
    const job = await submitImport(
      t.db,
      { source: Readable.from([Buffer.from(content)]), fileName, options },
      { actor, dataDir, maxBytes: 10_000_000, enqueue: async () => {} },
    );
    return runImportJob(t.db, t.url, job.id);
  }
  const importFixture = async (name: string, options: TImportOptions = {}) => importContent(await readFile(path.join(fixtures, name)), name, options);
  const rawCount = () => t.db.rawSocialProfile.count();

  it("imports every fixture format the readers know", async () => {
    const names = (await readdir(fixtures)).filter((n) => !/^(empty|header-only|truncated|one-bad-line|nul-byte|ragged)/.test(n));
    for (const name of names) {
      const summary = await importFixture(name, { platform: name.startsWith("scraper-") || name.endsWith(".csv") ? "tiktok" : undefined });
      expect(summary.status, `${name}: ${summary.errorMessage}`).toBe("completed");
      expect(summary.read, name).toBeGreaterThan(0);
    }
  });

  it("reports a re-import as 0 new, N unchanged and changes nothing but last-seen", async () => {
    const file = JSON.stringify({ data: [
      { id: "9000000000000000001", username: "reimport_a", name: "A", description: "bakery saas founder", public_metrics: { followers_count: 10 } },
      { id: "9000000000000000002", username: "reimport_b", name: "B", description: "runner", public_metrics: { followers_count: 20 } },
    ] });
    const first = await importContent(file, "x-reimport.json");
    expect(first.errorMessage).toBeNull();
    expect(first).toMatchObject({ status: "completed", read: 2, accepted: 2, created: 2, unchanged: 0 });
    const second = await importContent(file, "x-reimport.json");
    expect(second).toMatchObject({ status: "completed", read: 2, accepted: 2, created: 0, updated: 0, unchanged: 2 });
    const newer = await importContent(file.replace('"followers_count":10', '"followers_count":11'), "x-reimport.json");
    expect(newer).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it("strips contact data before anything is stored and counts the redactions", async () => {
    const lines = [
      { open_id: "c1", username: "contact.one", display_name: "One", bio_description: "PR: one.person@gmail.com 📩", follower_count: 5 },
      { open_id: "c2", username: "contact.two", display_name: "Two", bio_description: "call +44 20 7946 0958 · 1.2M views", follower_count: 5 },
      { open_id: "c3", username: "contact.three", display_name: "Three", bio_description: "no contacts here, $49 course", follower_count: 5 },
    ].map((l) => JSON.stringify(l)).join("\n");
    const summary = await importContent(lines, "tiktok-contacts.jsonl");
    expect(summary).toMatchObject({ status: "completed", accepted: 3, redacted: 2 });
    const stored = await t.db.rawSocialProfile.findMany({ where: { handle: { startsWith: "contact." } }, orderBy: { handle: "asc" } });
    const text = JSON.stringify(stored, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(text).not.toMatch(/gmail|7946|0958/);
    expect(text).toContain("1.2M views");
    expect(stored.map((p) => [p.handle, p.redactionCount, p.contactRedacted])).toEqual([["contact.one", 1, true], ["contact.three", 0, false], ["contact.two", 1, true]]);
  });

  describe("hostile input", () => {
    const header = "platform,username,full_name,bio,followers\n";
    it.each([
      ["truncated JSON", '{"data":[{"id":"1","username":"a"},{"id":"2","usern', "truncated.json", /truncated|ends early/i],
      ["an empty file", "", "empty.csv", /empty/i],
      ["a header-only CSV", header, "header-only.csv", /no data rows|header/i],
      ["an unknown shape", '{"hello":"world"}', "mystery.json", /unknown|shape/i],
    ])("fails the whole job on %s and writes nothing", async (_name, content, fileName, message) => {
      const before = await rawCount();
      const summary = await importContent(content, fileName);
      expect(summary.status).toBe("failed");
      expect(summary.errorMessage).toMatch(message);
      expect(await rawCount()).toBe(before);
      expect(await t.db.importError.count({ where: { jobId: summary.jobId } })).toBe(0);
    });

    it("keeps going past one malformed JSONL line", async () => {
      const content = ['{"username":"good.one","display_name":"G1"}', '{"username": "broken', '{"username":"good.two","display_name":"G2"}'].join("\n");
      const summary = await importContent(content, "threads.jsonl", { format: "threads_profile" });
      expect(summary).toMatchObject({ status: "completed", read: 3, accepted: 2, rejected: 1, duplicates: 0 });
      const errors = await t.db.importError.findMany({ where: { jobId: summary.jobId } });
      expect(errors).toEqual([expect.objectContaining({ recordIndex: 2, line: 2, code: "malformed_json" })]);
    });

    it("rejects bad records with their number, field and reason, and dedupes ids and case-variant handles", async () => {
      const rows = [
        "tiktok,dup.handle,First,first bio,10",
        "tiktok,DUP.HANDLE,Second,case variant,11",
        "tiktok,,No handle,missing username,5",
        "tiktok,neg.count,Neg,negative followers,-5",
        "tiktok,words.count,Words,non-numeric followers,lots",
        "tiktok,bad handle!,Bad,invalid handle,5",
        `tiktok,long.bio,Long,${"x".repeat(20_000)},5`,
        'tiktok,script.bio,Script,"<script>alert(1)</script>hello <3 and 5 < 6",5',
        'tiktok,formula.bio,Formula,"=HYPERLINK(""http://evil"")",5',
        "tiktok,zero.width,Zero\u200bWidth,\u202Eevil\u202C text\u200d,5",
      ];
      const summary = await importContent(header + rows.join("\n"), "hostile.csv");
      expect(summary).toMatchObject({ status: "completed", read: 10, accepted: 5, rejected: 4, duplicates: 1 });
      const errors = await t.db.importError.findMany({ where: { jobId: summary.jobId }, orderBy: { recordIndex: "asc" } });
      expect(errors.map((e) => [e.recordIndex, e.field])).toEqual([[3, "handle"], [4, "followerCount"], [5, "followerCount"], [6, "handle"]]);
      const stored = Object.fromEntries((await t.db.rawSocialProfile.findMany({ where: { platform: "tiktok", handle: { in: ["long.bio", "script.bio", "formula.bio", "zero.width"] } } })).map((p) => [p.handle, p]));
      expect(stored["long.bio"]!.bio!.length).toBeLessThanOrEqual(1000);
      expect(stored["script.bio"]!.bio).toBe("hello <3 and 5 < 6");
      expect(stored["formula.bio"]!.bio).toBe('=HYPERLINK("http://evil")');
      expect(stored["zero.width"]).toMatchObject({ displayName: "ZeroWidth", bio: "evil text" });
    });

    it("reads UTF-16 with a BOM, semicolons, quoted newlines and a NUL byte", async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}tiktok,utf.sixteen,Ünïcödé,bio,1\n`, "utf16le")]);
      expect(await importContent(utf16, "utf16.csv")).toMatchObject({ status: "completed", accepted: 1 });
      expect(await importContent("platform;username;bio\ntiktok;semi.colon;a;b\ntiktok;semi.two;ok\n", "semi.csv")).toMatchObject({ status: "completed", read: 2 });
      expect(await importContent(`${header}tiktok,quoted.nl,Q,"line one\nline two",3\n`, "quoted.csv")).toMatchObject({ status: "completed", accepted: 1 });
      // An escaped \u0000 is valid JSON and is removed; a raw NUL byte inside a string is not JSON and rejects that line.
      const nulFile = '{"username":"nul.byte","name":"N\\u0000UL","biography":"a\\u0000b"}\n{"username":"raw.nul","biography":"a\u0000b"}\n';
      const nul = await importContent(nulFile, "nul.jsonl", { format: "threads_profile" });
      expect(nul).toMatchObject({ status: "completed", read: 2, accepted: 1, rejected: 1 });
      expect(await t.db.rawSocialProfile.findFirstOrThrow({ where: { handle: "nul.byte" } })).toMatchObject({ displayName: "NUL", bio: "ab" });
    });
  });

  it("rejects wrong types and counts duplicate ids", async () => {
    const lines = [
      { open_id: "t1", username: "types.ok", display_name: "OK", follower_count: 10 },
      { open_id: "t2", username: "types.obj", follower_count: { value: 10 } },
      { open_id: "t3", username: ["not", "a", "handle"] },
      { open_id: "t1", username: "types.same.id", display_name: "Same id as the first" },
      { open_id: "t4", username: "types.bool", is_verified: "maybe" },
    ].map((l) => JSON.stringify(l)).join("\n");
    const summary = await importContent(lines, "types.jsonl");
    expect(summary).toMatchObject({ status: "completed", read: 5, accepted: 1, duplicates: 1, rejected: 3 });
    const errors = await t.db.importError.findMany({ where: { jobId: summary.jobId }, orderBy: { recordIndex: "asc" } });
    expect(errors.map((e) => [e.recordIndex, e.field])).toEqual([[2, "followerCount"], [3, "handle"], [5, "verified"]]);
  });

  it("rejects an X id that lost precision as a JSON number", async () => {
    const summary = await importContent('{"data":[{"id":1500000000000000001,"username":"lost_precision","name":"L"},{"id":"42","username":"fine_id","name":"F"}]}', "x-precision.json");
    expect(summary).toMatchObject({ status: "completed", accepted: 1, rejected: 1 });
    expect(await t.db.importError.findFirstOrThrow({ where: { jobId: summary.jobId } })).toMatchObject({ code: "id_precision_lost", field: "platformUserId" });
  });

  it("audits start and completion, with the job as target", async () => {
    const summary = await importContent('{"data":[{"id":"77","username":"audited_one","name":"A"}]}', "x-audited.json");
    const events = await t.db.auditLog.findMany({ where: { targetId: summary.jobId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.event, e.outcome, e.actorType])).toEqual([["import_started", "success", "cli"], ["import_completed", "success", "cli"]]);
  });
  it("skips people on the suppression list and reports them as suppressed on the job, the summary and the audit event", async () => {
    await t.db.suppression.createMany({ data: [
      { platform: "x", handleSha256: handleDigest("Erased_Handle"), reason: "erasure request" },
      { platform: "x", platformUserIdSha256: platformUserIdDigest("8800000000000000002"), reason: "objection" },
    ] });
    const summary = await importContent(JSON.stringify({ data: [
      { id: "8800000000000000001", username: "erased_handle", name: "Gone" },
      { id: "8800000000000000002", username: "objected_one", name: "Objected" },
      { id: "8800000000000000003", username: "kept_one", name: "Kept" },
    ] }), "x-suppressed.json");
    expect(summary).toMatchObject({ status: "completed", read: 3, accepted: 1, created: 1, suppressed: 2 });
    expect(await t.db.importJob.findUniqueOrThrow({ where: { id: summary.jobId } })).toMatchObject({ suppressedCount: 2, acceptedCount: 1 });
    expect(await t.db.rawSocialProfile.findMany({ where: { platformUserId: { startsWith: "88000000000000000" } }, select: { handle: true } })).toEqual([{ handle: "kept_one" }]);
    const completed = await t.db.auditLog.findFirstOrThrow({ where: { targetId: summary.jobId, event: "import_completed" } });
    expect(completed.metadata).toMatchObject({ accepted: 1, created: 1, suppressed: 2 });
  });
});

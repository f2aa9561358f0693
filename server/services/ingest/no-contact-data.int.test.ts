import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import type { TImportOptions } from "./create-import-job";
import { runImportJob } from "./run-import-job";
import { submitImport } from "./submit-import";

/** Contact data in the written forms the taxonomy lists; none of these may be stored anywhere. */
const contacts = [
  "mika@studio.com", "mika [at] gmail [dot] com", "lena(at)example(dot)org", "ana{at}correo{dot}es", "joao (arroba) exemplo (ponto) com",
  "kai＠example.jp", "noor﹫example.ae", "+44 20 7946 0958", "(206) 555-0143", "206.555.0199", "+55 11 98765-4321", "06 12 34 56 78",
  "wa.me/5511987654321", "t.me/+233241234567", "booking.team+tour@agency.example",
];
const profiles = contacts.map((contact, i) => ({
  id: `8${String(i).padStart(18, "0")}`,
  username: `contact_case_${i}`,
  name: i % 3 === 0 ? `Studio ${contact}` : `Person ${i}`,
  description: `collabs → ${contact} · 1.2M views · $49 course · @partner.agency`,
  location: i % 4 === 0 ? `Reach me ${contact}` : "Lisbon",
  email: contact.includes("@") ? contact : undefined,
  public_metrics: { followers_count: 1000 + i },
}));

const samplesDir = path.resolve(process.cwd(), "..", "shared", "samples");
const socialTables = {
  raw_social_profiles: "coalesce(handle,'') || ' ' || coalesce(display_name,'') || ' ' || coalesce(bio,'') || ' ' || coalesce(website,'') || ' ' || coalesce(location,'') || ' ' || coalesce(source_record::text,'')",
  lead_cards: "coalesce(handle,'') || ' ' || coalesce(display_name,'') || ' ' || coalesce(bio,'') || ' ' || coalesce(website_domain,'') || ' ' || explanation::text",
  import_errors: "coalesce(field,'') || ' ' || message",
  import_jobs: "warnings::text || ' ' || coalesce(error_message,'')",
  audit_log: "metadata::text",
};
const emailPattern = String.raw`[[:alnum:]._%+-]+@[[:alnum:]-]+(\.[[:alnum:]-]+)*\.[[:alpha:]]{2,}`;
const obfuscationPattern = String.raw`＠|﹫|\[at\]|\(at\)|\{at\}|\(arroba\)|wa\.me/[0-9]|t\.me/\+`;

describe("zero contact data stored", () => {
  const t = useTestDatabase();
  let labelledContacts: string[] = [];

  async function importFile(content: Buffer | string, fileName: string, options: TImportOptions = {}) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "sxe-contacts-"));
    const job = await submitImport(t.db, { source: Readable.from([Buffer.from(content)]), fileName, options }, { actor: { type: "cli", id: "test" }, dataDir, maxBytes: 1e9, enqueue: async () => {} });
    const summary = await runImportJob(t.db, t.url, job.id);
    expect(summary.status, `${fileName}: ${summary.errorMessage}`).toBe("completed");
    return summary;
  }

  beforeAll(async () => {
    const summary = await importFile(JSON.stringify({ data: profiles }), "contact-forms.json");
    expect(summary).toMatchObject({ accepted: contacts.length, redacted: contacts.length });
    // The labelled public samples, when this checkout has them beside it (CI and developers do).
    if (existsSync(samplesDir)) {
      for (const [file, options] of [["x_users.json", {}], ["tiktok_users.jsonl", {}], ["threads_users.jsonl", {}], ["scraped.csv", {}]] as const) {
        await importFile(await readFile(path.join(samplesDir, file)), file, options);
      }
      const labels = (await readFile(path.join(samplesDir, "labels.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { contacts?: string[] });
      labelledContacts = labels.flatMap((l) => l.contacts ?? []);
    }
  });

  async function scan(pattern: string): Promise<{ table: string; text: string }[]> {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const hits: { table: string; text: string }[] = [];
      for (const [table, text] of Object.entries(socialTables)) {
        const { rows } = await client.query<{ text: string }>(`SELECT ${text} AS text FROM ${table} WHERE (${text}) ~* $1 LIMIT 5`, [pattern]);
        hits.push(...rows.map((r) => ({ table, text: r.text.slice(0, 300) })));
      }
      return hits;
    } finally {
      await client.end();
    }
  }

  it("finds no email address in any social table", async () => {
    expect(await scan(emailPattern)).toEqual([]);
  });

  it("finds no obfuscated email or number-carrying messenger link", async () => {
    expect(await scan(obfuscationPattern)).toEqual([]);
  });

  it("finds none of the known contact values, written as they were", async () => {
    const values = [...contacts, ...labelledContacts];
    expect(values.length).toBeGreaterThanOrEqual(contacts.length);
    const escaped = values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    expect(await scan(escaped)).toEqual([]);
  });

  it("keeps the look-alikes and marks what it removed", async () => {
    const stored = await t.db.rawSocialProfile.findFirstOrThrow({ where: { handle: "contact_case_1" } });
    expect(stored.bio).toBe("collabs → [contact removed] · 1.2M views · $49 course · @partner.agency");
    expect(stored).toMatchObject({ contactRedacted: true, redactionCount: expect.any(Number) });
  });
});

/**
 * Measures the contact-data redactor against the labelled samples.
 *
 *   npx tsx scripts/eval-redaction.ts [--samples DIR]     (default: ../shared/samples)
 *
 * Joins labels.jsonl to the four sample files by platform + username, redacts every bio and
 * reports contact recall (labelled contact substrings gone from the output) and decoy survival
 * (labelled decoys still present verbatim), listing every miss and destroyed decoy. It also
 * redacts every whole sample record and lists what changed outside the bio fields. Exit code 1
 * when recall < 100 % or decoy survival < 99 %.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { redactContactData } from "@/server/domain/ingest/redact/redact-contact-data";
import { redactRecord } from "@/server/domain/ingest/redact/redact-record";

type TLabel = { platform: string; username: string; contacts?: string[]; decoys?: string[] };
type TSample = { key: string; bio: string; bioField: string; record: Record<string, unknown> };

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { samples: { type: "string" } } });
const dir = path.resolve(root, values.samples ?? "../shared/samples");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const jsonl = (name: string) =>
  read(name)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const text = (value: unknown) => (typeof value === "string" ? value : "");

function loadSamples(): Map<string, TSample> {
  const samples = new Map<string, TSample>();
  const add = (platform: string, record: Record<string, unknown>, username: unknown, bioField: string) =>
    samples.set(`${platform}/${text(username)}`, { key: `${platform}/${text(username)}`, bio: text(record[bioField]), bioField, record });
  const x = JSON.parse(read("x_users.json")) as { data: Record<string, unknown>[] };
  for (const user of x.data) add("x", user, user.username, "description");
  for (const user of jsonl("tiktok_users.jsonl")) add("tiktok", user, user.username, "bio_description");
  for (const user of jsonl("threads_users.jsonl")) add("threads", user, user.username, "biography");
  const rows = parse(read("scraped.csv"), { columns: true, bom: true }) as Record<string, string>[];
  for (const row of rows) add(row.platform ?? "", row, row.username, "bio");
  return samples;
}

const samples = loadSamples();
const labels = jsonl("labels.jsonl") as unknown as TLabel[];
const misses: string[] = [];
const destroyed: string[] = [];
const unjoined: string[] = [];
const extra: string[] = [];
let contactTotal = 0;
let decoyTotal = 0;
let markers = 0;
let profilesWithContacts = 0;

for (const label of labels) {
  const sample = samples.get(`${label.platform}/${label.username}`);
  if (!sample) {
    unjoined.push(`${label.platform}/${label.username}`);
    continue;
  }
  const result = redactContactData(sample.bio);
  markers += result.count;
  if (result.count > 0) profilesWithContacts++;
  if (result.count > (label.contacts ?? []).length) extra.push(`${sample.key}: ${JSON.stringify(result.text)}`);
  for (const contact of label.contacts ?? []) {
    contactTotal++;
    if (result.text.includes(contact)) misses.push(`${sample.key}: ${JSON.stringify(contact)} → ${JSON.stringify(result.text)}`);
  }
  for (const decoy of label.decoys ?? []) {
    decoyTotal++;
    if (!result.text.includes(decoy)) destroyed.push(`${sample.key}: ${JSON.stringify(decoy)} → ${JSON.stringify(result.text)}`);
  }
}

const outsideBio: string[] = [];
for (const sample of samples.values()) {
  const { value } = redactRecord(sample.record);
  const redacted = value as Record<string, unknown>;
  const before = JSON.stringify({ ...sample.record, [sample.bioField]: null });
  const after = JSON.stringify({ ...redacted, [sample.bioField]: null });
  if (before !== after) outsideBio.push(`${sample.key}: ${after.slice(0, 300)}`);
}

const pct = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);
const recall = pct(contactTotal - misses.length, contactTotal);
const survival = pct(decoyTotal - destroyed.length, decoyTotal);
console.log(`samples: ${dir}`);
console.log(`profiles: ${labels.length} labelled, ${samples.size} loaded, ${unjoined.length} not joined`);
console.log(`contacts: ${contactTotal} labelled, ${misses.length} missed → recall ${recall.toFixed(2)}%`);
console.log(`decoys:   ${decoyTotal} labelled, ${destroyed.length} destroyed → survival ${survival.toFixed(2)}%`);
console.log(`markers:  ${markers} inserted in ${profilesWithContacts} bios`);
console.log(`extra:    ${extra.length} bios with more markers than labelled contacts`);
console.log(`records:  ${outsideBio.length} changed outside the bio field`);
const list = (title: string, items: string[]) => {
  if (items.length === 0) return;
  console.log(`\n${title}:`);
  for (const item of items) console.log(`  - ${item}`);
};
list("missed contacts", misses);
list("destroyed decoys", destroyed);
list("bios with more markers than labelled contacts", extra);
list("labels without a sample", unjoined);
list("records changed outside the bio", outsideBio);
process.exitCode = recall < 100 || survival < 99 || unjoined.length > 0 ? 1 : 0;

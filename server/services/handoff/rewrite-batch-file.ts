import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { RecordSplitter, type TRecordFormat } from "@/server/domain/handoff/record-splitter";
import type { TRecordScrubber, TScrubOutcome } from "@/server/domain/handoff/scrub-erased-record";
import { HashedFile } from "./hashed-file";

/**
 * A batch file streamed through a scrubber. `found`: whether the person's record was replaced now,
 * had been replaced before, or is not in the file. `bytes`/`sha256` describe the file as it will
 * be once `replaceWithRewrite` runs (the file as it is when nothing changed, `tempFile` null).
 */
export type TFileRewrite = { file: string; found: Exclude<TScrubOutcome, "other"> | "absent"; bytes: number; sha256: string; tempFile: string | null };

const tempNameFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.scrub-${randomUUID().slice(0, 8)}`);

/**
 * Streams `file` record by record (100k+ records, ~100 MB: nothing is held in memory but one
 * chunk) into a temp file in the same directory, hashing on the way. The original is untouched
 * here: `replaceWithRewrite` renames the temp file over it (atomic on one file system), and
 * `discardRewrite` removes it.
 */
export async function rewriteBatchFile(file: string, format: TRecordFormat, scrub: TRecordScrubber): Promise<TFileRewrite> {
  const tempFile = tempNameFor(file);
  const out = new HashedFile(tempFile);
  const splitter = new RecordSplitter(format);
  let erasedNow = 0;
  let alreadyErased = 0;
  const write = async (records: string[]) => {
    for (const raw of records) {
      const scrubbed = scrub(raw);
      if (scrubbed.outcome === "erased_now") erasedNow++;
      else if (scrubbed.outcome === "already_erased") alreadyErased++;
      await out.write(scrubbed.text);
    }
  };
  try {
    for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) await write(splitter.push(chunk as string));
    await write(splitter.end());
    const { bytes, sha256 } = await out.close();
    const found = erasedNow ? "erased_now" : alreadyErased ? "already_erased" : "absent";
    if (erasedNow) return { file, found, bytes, sha256, tempFile };
    await rm(tempFile, { force: true });
    return { file, found, bytes, sha256, tempFile: null };
  } catch (error) {
    await out.close().catch(() => {});
    await rm(tempFile, { force: true });
    throw error;
  }
}

export async function replaceWithRewrite(rewrite: TFileRewrite): Promise<void> {
  if (rewrite.tempFile) await rename(rewrite.tempFile, rewrite.file);
}

export async function discardRewrite(rewrite: TFileRewrite): Promise<void> {
  if (rewrite.tempFile) await rm(rewrite.tempFile, { force: true });
}

/** Replaces a small file (the manifest) atomically: temp file in the same directory, then rename. */
export async function replaceFileAtomically(file: string, content: Buffer): Promise<{ bytes: number; sha256: string }> {
  const tempFile = tempNameFor(file);
  try {
    await writeFile(tempFile, content);
    await rename(tempFile, file);
  } catch (error) {
    await rm(tempFile, { force: true });
    throw error;
  }
  return { bytes: content.length, sha256: createHash("sha256").update(content).digest("hex") };
}

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { ZExportManifest } from "@/server/domain/audit/export-manifest";
import { checkAgainstManifest, createExportVerifier, type TExportVerification } from "@/server/domain/audit/verify-export";

export type TExportFileVerification = TExportVerification & { file: string; sha256: string; bytes: number; manifest: string | null };

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Verifies an exported JSONL with no database (the auditor's offline check): every row's hash is
 * recomputed, every link between consecutive rows checked and, with a manifest, the file's sha256,
 * row count and the chain hashes at both ends compared. Streams the file line by line.
 */
export async function verifyExportFile(file: string, manifestFile?: string): Promise<TExportFileVerification> {
  const manifest = manifestFile ? ZExportManifest.parse(JSON.parse(await readFile(manifestFile, "utf8"))) : null;
  const verifier = createExportVerifier({ contiguous: manifest?.contiguous ?? false });
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) verifier.push(line, ++n);
  const result = verifier.finish();
  const [sha256, { size }] = await Promise.all([sha256OfFile(file), stat(file)]);
  if (manifest) {
    if (manifest.format !== "jsonl") result.problems.push({ line: null, seq: null, reason: `the manifest describes a ${manifest.format} export; offline verification reads the JSONL export` });
    result.problems.push(...checkAgainstManifest(result, manifest, { name: path.basename(file), sha256, bytes: size }));
    result.ok = result.problems.length === 0;
  }
  return { ...result, file, sha256, bytes: size, manifest: manifestFile ?? null };
}

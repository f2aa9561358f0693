import { createHash } from "node:crypto";
import { validateBatchManifest } from "@/server/domain/handoff/validate-record";
import type { TBatchFile } from "./handoff-files";

type TManifestFile = { name: string; bytes: number; sha256: string };

/**
 * A batch's manifest.json with the sizes and digests of its files replaced by `files` (matched by
 * name), serialised as the freeze writes it. Nothing is added: batch-manifest v1 rejects unknown
 * fields, and the result is validated against it. `changed` is false when the bytes are the same.
 */
export function rebuildBatchManifest(current: Buffer, files: TBatchFile[], publicId: string): { bytes: Buffer; sha256: string; changed: boolean } {
  const manifest = JSON.parse(current.toString("utf8")) as { batch_id?: unknown; files?: TManifestFile[] };
  if (manifest.batch_id !== publicId || !Array.isArray(manifest.files)) throw new Error(`the manifest.json of ${publicId} is not this batch's manifest`);
  const byName = new Map(files.map((f) => [f.name, f]));
  manifest.files = manifest.files.map((entry) => {
    const file = byName.get(entry.name);
    return file ? { ...entry, bytes: file.bytes, sha256: file.sha256 } : entry;
  });
  const issues = validateBatchManifest(manifest);
  if (issues.length) throw new Error(`the rebuilt manifest of ${publicId} does not satisfy its schema: ${JSON.stringify(issues)}`);
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), changed: !bytes.equals(current) };
}

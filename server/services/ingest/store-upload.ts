import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError } from "@/server/domain/errors";

export type TStoredUpload = { storedPath: string; sha256: string; byteSize: number; fileName: string };

/** A file name safe to keep on disk and show back: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = path.basename(name.replaceAll("\\", "/")).replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (base || "upload").slice(0, 200);
}

/**
 * Streams an upload to `<dataDir>/uploads`, hashing as it goes, never holding the file in
 * memory. Past `maxBytes` the partial file is removed and the upload refused.
 */
export async function storeUpload(
  source: AsyncIterable<Uint8Array> | NodeJS.ReadableStream,
  opts: { fileName: string; dataDir: string; maxBytes: number },
): Promise<TStoredUpload> {
  const fileName = cleanFileName(opts.fileName);
  const dir = path.resolve(opts.dataDir, "uploads");
  await mkdir(dir, { recursive: true });
  const partial = path.join(dir, `${randomUUID()}.part`);
  const hash = createHash("sha256");
  let byteSize = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      byteSize += chunk.length;
      if (byteSize > opts.maxBytes) {
        callback(new DomainError("LIMIT_EXCEEDED", `${fileName} is larger than the upload limit of ${opts.maxBytes.toLocaleString("en")} bytes (SXE_MAX_UPLOAD_BYTES)`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(partial, { mode: 0o600 }));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const sha256 = hash.digest("hex");
  const storedPath = path.join(dir, `${sha256.slice(0, 16)}-${randomUUID().slice(0, 8)}-${fileName.replace(/[^\w.-]+/g, "_")}`);
  await rename(partial, storedPath);
  return { storedPath, sha256, byteSize, fileName };
}

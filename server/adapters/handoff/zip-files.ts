import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";

/** A zip of the given files, streamed (nothing is built in memory or on disk). */
export function zipFilesStream(files: { name: string; path: string }[], folder: string): ReadableStream<Uint8Array> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  for (const file of files) archive.append(createReadStream(file.path), { name: `${folder}/${file.name}` });
  void archive.finalize().catch((error: unknown) => archive.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}

export const fileStream = (path: string) => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;

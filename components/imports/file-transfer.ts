/** Browser-side file helpers for the upload panel: read a file's head for detection, upload it. */

/** The server detects the format from this many leading bytes (same as the worker). */
export const HEAD_BYTES = 65_536;

/** The first 64 KB of a file, base64, for imports.preview (the rest never leaves the disk here). */
export async function readHeadBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type TUploadQuery = {
  fileName: string;
  platform?: string;
  format?: string;
  pool?: string;
  columnMapping?: Record<string, string | null>;
};

export type TUploadedImport = { id: string; fileName: string; byteSize: number; sha256: string };

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export function uploadUrl(query: TUploadQuery): string {
  const params = new URLSearchParams({ fileName: query.fileName });
  if (query.platform) params.set("platform", query.platform);
  if (query.format) params.set("format", query.format);
  if (query.pool) params.set("pool", query.pool);
  if (query.columnMapping) params.set("columnMapping", JSON.stringify(query.columnMapping));
  return `/api/imports?${params.toString()}`;
}

/**
 * POST /api/imports with the raw file as the body. XMLHttpRequest rather than fetch because it
 * reports upload progress; the browser streams the file from disk either way. `signal` aborts.
 */
export function uploadImportFile(
  file: Blob,
  query: TUploadQuery,
  opts: { onProgress?: (loaded: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<TUploadedImport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", uploadUrl(query));
    xhr.responseType = "json";
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (event) => opts.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as (Partial<TUploadedImport> & { error?: string }) | null;
      if (xhr.status === 201 && body?.id) resolve(body as TUploadedImport);
      else reject(new UploadError(body?.error ?? `The upload failed (HTTP ${xhr.status})`, xhr.status));
    };
    xhr.onerror = () => reject(new UploadError("The upload did not reach the server (network error). Check the connection and try again.", 0));
    xhr.onabort = () => reject(new UploadError("Upload stopped", 0));
    opts.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

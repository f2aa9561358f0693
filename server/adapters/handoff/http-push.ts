import { createHash, createHmac } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/server/domain/handoff/signature";

export type TPushRequest = {
  url: string;
  secret: string;
  timeoutMs: number;
  /** The batch's JSONL file: the body, streamed. */
  bodyFile: string;
  headers: Record<string, string>;
  /** The batch public id: the Idempotency-Key, the same on every attempt. */
  idempotencyKey: string;
  now: Date;
};

export type TPushResult = { ok: boolean; status: number | null; summary: string; retryable: boolean };

async function hmacOfFile(file: string, secret: string): Promise<string> {
  const hmac = createHmac("sha256", secret);
  for await (const chunk of createReadStream(file)) hmac.update(chunk as Buffer);
  return `sha256=${hmac.digest("hex")}`;
}

/**
 * One signed HTTP POST of a batch: `X-SXE-Signature: sha256=<hex HMAC-SHA256 of the body>`,
 * `X-SXE-Timestamp`, `Idempotency-Key`. 2xx is success; 408, 429, 5xx, timeouts and network
 * errors are worth retrying; other 4xx are not (the receiver refused the content).
 */
export async function pushBatchFile(request: TPushRequest): Promise<TPushResult> {
  const signature = await hmacOfFile(request.bodyFile, request.secret);
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: {
        ...request.headers,
        "content-type": "application/x-ndjson",
        "idempotency-key": request.idempotencyKey,
        [SIGNATURE_HEADER]: signature,
        [TIMESTAMP_HEADER]: String(Math.floor(request.now.getTime() / 1000)),
      },
      body: Readable.toWeb(createReadStream(request.bodyFile)) as ReadableStream<Uint8Array>,
      duplex: "half",
      signal: AbortSignal.timeout(request.timeoutMs),
      redirect: "manual",
    } as RequestInit & { duplex: "half" });
    const text = (await response.text().catch(() => "")).slice(0, 300);
    const ok = response.status >= 200 && response.status < 300;
    const retryable = !ok && (response.status >= 500 || response.status === 408 || response.status === 429);
    return { ok, status: response.status, summary: `HTTP ${response.status}${text ? `: ${text.replace(/\s+/g, " ")}` : ""}`.slice(0, 500), retryable };
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const message = name === "TimeoutError" || name === "AbortError" ? `timed out after ${request.timeoutMs} ms` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { ok: false, status: null, summary: message.slice(0, 500), retryable: true };
  }
}

export const sha256Hex = (value: string | Buffer) => createHash("sha256").update(value).digest("hex");

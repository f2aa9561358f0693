import type { IncomingMessage, ServerResponse } from "node:http";
import type { TFault } from "./fault-plan";

/** Small helpers shared by the fake providers (node:http, no framework). */

export class BodyError extends Error {}

export async function readJsonBody(req: IncomingMessage, limit = 1_000_000): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError("request body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError("request body is not valid JSON");
  }
}

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Timers the fakes start (delays, webhook deliveries) so close() can cancel them. */
export function createTimers() {
  const pending = new Set<NodeJS.Timeout>();
  return {
    delay(ms: number): Promise<void> {
      if (ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        const t = setTimeout(() => {
          pending.delete(t);
          resolve();
        }, ms);
        pending.add(t);
      });
    },
    later(ms: number, fn: () => void): void {
      const t = setTimeout(() => {
        pending.delete(t);
        fn();
      }, ms);
      pending.add(t);
    },
    clear() {
      for (const t of pending) clearTimeout(t);
      pending.clear();
    },
  };
}
export type TTimers = ReturnType<typeof createTimers>;

export type TFaultBodies = { invalidStatus: number; invalid: (message?: string) => unknown; malformedShape: unknown };

/**
 * Answers an injected fault. Returns true when the response is done; "slow" only waits and returns
 * false so the normal answer follows (late).
 */
export async function answerFault(fault: TFault, res: ServerResponse, timers: TTimers, bodies: TFaultBodies, headers: Record<string, string | number>): Promise<boolean> {
  switch (fault.fault) {
    case "unauthorized":
      send(res, 401, "Invalid access credentials.", headers);
      return true;
    case "forbidden":
      send(res, 403, { error: "This endpoint is not accessible with your plan or API key", error_code: "API_INACCESSIBLE" }, headers);
      return true;
    case "invalid":
      send(res, bodies.invalidStatus, bodies.invalid(fault.message), headers);
      return true;
    case "rate_limited": {
      const retry: Record<string, string> = fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
      send(res, 429, { message: "The maximum number of api calls allowed has been reached. Please try again later." }, { ...headers, ...retry });
      return true;
    }
    case "server_error":
      send(res, fault.status ?? 500, "Internal Server Error", headers);
      return true;
    case "slow":
      await timers.delay(fault.delayMs);
      return false;
    case "malformed":
      if (fault.variant === "shape") send(res, 200, bodies.malformedShape, headers);
      else if (!res.destroyed) {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end('{"status":"success","matches":[{"id":');
      }
      return true;
    case "drop":
      res.socket?.destroy();
      return true;
  }
}

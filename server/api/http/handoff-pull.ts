import { z } from "zod";
import type { TApiTokenScope } from "@/server/domain/handoff/api-token";
import { bearerToken } from "@/server/domain/handoff/api-token";
import { authenticateApiToken } from "@/server/services/handoff/api-tokens";
import { getPullManifest, listPullBatches, readPullRecords } from "@/server/services/handoff/pull-handoff-batches";
import { serviceDb } from "@/server/services/service-db";
import { errorResponse, jsonError } from "./respond";

/**
 * The pull API for execution platforms (GET /api/handoff/v1/…), authenticated with per-platform
 * API tokens (Bearer), documented in public/schemas/openapi/handoff-v1.json.
 */

const ZLimit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

async function withToken(request: Request, scope: TApiTokenScope, handle: (token: { id: string; platform: string; name: string }) => Promise<Response>): Promise<Response> {
  try {
    const check = await authenticateApiToken(serviceDb(), bearerToken(request.headers.get("authorization")), scope);
    if (!check.ok) {
      const response = jsonError(check.status, check.reason);
      if (check.status === 401) response.headers.set("www-authenticate", 'Bearer realm="sxe-handoff"');
      return response;
    }
    return await handle(check.token);
  } catch (error) {
    return errorResponse(error);
  }
}

function query(request: Request, max: number, fallback: number): { cursor: string | null; limit: number } | Response {
  const params = new URL(request.url).searchParams;
  const limit = ZLimit(max, fallback).safeParse(params.get("limit") ?? undefined);
  if (!limit.success) return jsonError(400, `limit: an integer from 1 to ${max}`);
  const cursor = params.get("cursor");
  if (cursor !== null && (cursor.length === 0 || cursor.length > 500)) return jsonError(400, "cursor: not a cursor this API returned");
  return { cursor, limit: limit.data };
}

export function listBatchesRoute(request: Request): Promise<Response> {
  return withToken(request, "batches:read", async () => {
    const q = query(request, 100, 25);
    if (q instanceof Response) return q;
    return Response.json(await listPullBatches(serviceDb(), q), { headers: { "cache-control": "no-store" } });
  });
}

export function getBatchRoute(request: Request, id: string): Promise<Response> {
  return withToken(request, "batches:read", async () => Response.json(await getPullManifest(serviceDb(), id), { headers: { "cache-control": "no-store" } }));
}

export function listRecordsRoute(request: Request, id: string): Promise<Response> {
  return withToken(request, "records:read", async (token) => {
    const q = query(request, 10_000, 1000);
    if (q instanceof Response) return q;
    const page = await readPullRecords(serviceDb(), { publicId: id, ...q, token });
    const headers = new Headers({ "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-sxe-schema-version": page.schemaVersion, "x-sxe-record-count": String(page.recordCount) });
    if (page.next_cursor) {
      headers.set("x-next-cursor", page.next_cursor);
      headers.set("link", `</api/handoff/v1/batches/${id}/records?cursor=${page.next_cursor}&limit=${q.limit}>; rel="next"`);
    }
    return new Response(page.lines.length ? `${page.lines.join("\n")}\n` : "", { status: 200, headers });
  });
}

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cleanApolloQuery, type TApolloPersonQuery } from "@/server/adapters/apollo/apollo-client";
import { createFakeApollo, defaultApolloLimits } from "./fake-apollo";
import { createFakeBatchData } from "./fake-batchdata";
import { send, createTimers } from "./fake-http";
import { createFaultQueue, type TFaultPlan } from "./fault-plan";
import { createRateWindows, type TWindowLimits } from "./rate-windows";
import { stableKey } from "./synthetic-data";

export type { TFault, TFaultPlan, TFaultRule } from "./fault-plan";

/** Path prefixes of the two fakes on the one port. */
export const sandboxPaths = { apollo: "/apollo/api/v1", batchData: "/batchdata/api" } as const;
export const sandboxDefaultApiKey = "sandbox-key";

export type TSandboxCalls = { apolloPeople: Record<string, number>; apolloOrgs: Record<string, number>; batchData: Record<string, number> };

export type TSandbox = {
  apolloUrl: string;
  batchDataUrl: string;
  apiKey: string;
  /**
   * Calls the fakes processed (and would have charged) per identifier: Apollo people by
   * `apolloQueryKey(query)`, organisations by domain, BatchData by requestId. Calls refused by
   * auth, validation, rate limits or injected faults are not counted; a "slow" call is (the
   * provider did the work even though the client gave up).
   */
  calls(): TSandboxCalls;
  /** every HTTP request received, per provider endpoint, including refused ones */
  requests(): Record<string, number>;
  /** queues more injected failures (same rules as `failures`) */
  inject(plan: TFaultPlan): void;
  /** drops the remaining injected failures */
  clearFaults(): void;
  close(): Promise<void>;
};

export type TSandboxOptions = {
  port?: number;
  host?: string;
  apiKey?: string;
  seed?: number;
  failures?: TFaultPlan;
  /** added to every answer */
  latencyMs?: number;
  /** a non-master Apollo key (403 on usage stats) */
  restrictedApiKey?: string;
  /** Apollo single-endpoint limits (bulk endpoints get 1/10) */
  apolloLimits?: Partial<TWindowLimits>;
  /** BatchData calls per minute before 429 */
  batchDataPerMinute?: number;
  /** delay before webhook deliveries (Apollo phones, BatchData async) */
  webhookDelayMs?: number;
  /** clock for the rate-limit windows (tests) */
  now?: () => number;
};

/** The identity key the fake counts an Apollo person query under (the client's cleaned query, keys sorted). */
export function apolloQueryKey(query: TApolloPersonQuery): string {
  return stableKey(cleanApolloQuery(query));
}

/**
 * Starts the fake Apollo and BatchData APIs on one local port (0 = any free port): Apollo under
 * /apollo/api/v1, BatchData under /batchdata/api. Synthetic, deterministic data only.
 */
export async function startSandbox(options: TSandboxOptions = {}): Promise<TSandbox> {
  const apiKey = options.apiKey ?? sandboxDefaultApiKey;
  const seed = options.seed ?? 1;
  const faults = createFaultQueue(options.failures);
  const windows = createRateWindows(options.now ?? Date.now);
  const timers = createTimers();
  const webhookDelayMs = options.webhookDelayMs ?? 100;
  const apolloCounters = { people: new Map<string, number>(), orgs: new Map<string, number>(), requests: new Map<string, number>() };
  const batchCounters = { requests: new Map<string, number>(), traces: new Map<string, number>() };
  const apollo = createFakeApollo({
    apiKey,
    restrictedApiKey: options.restrictedApiKey,
    seed,
    faults,
    windows,
    limits: { ...defaultApolloLimits, ...options.apolloLimits },
    timers,
    webhookDelayMs,
    counters: apolloCounters,
  });
  const batchData = createFakeBatchData({ apiKey, seed, faults, windows, perMinute: options.batchDataPerMinute ?? 3_000, timers, webhookDelayMs, counters: batchCounters });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    await timers.delay(options.latencyMs ?? 0);
    const url = new URL(req.url ?? "/", "http://sandbox.local");
    const path = url.pathname.replace(/\/+$/, "");
    if (path.startsWith(sandboxPaths.apollo)) return apollo(req, res, path.slice(sandboxPaths.apollo.length), url);
    if (path.startsWith(sandboxPaths.batchData)) return batchData(req, res, path.slice(sandboxPaths.batchData.length));
    if (path === "" && req.method === "GET") {
      return send(res, 200, { name: "SXE provider sandbox", synthetic: true, apollo: sandboxPaths.apollo, batchData: sandboxPaths.batchData });
    }
    return send(res, 404, { error: `Not found: ${path}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, "Internal Server Error"));
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const record = (map: Map<string, number>) => Object.fromEntries(map);

  return {
    apolloUrl: `${origin}${sandboxPaths.apollo}`,
    batchDataUrl: `${origin}${sandboxPaths.batchData}`,
    apiKey,
    calls: () => ({ apolloPeople: record(apolloCounters.people), apolloOrgs: record(apolloCounters.orgs), batchData: record(batchCounters.traces) }),
    requests: () => ({
      ...Object.fromEntries([...apolloCounters.requests].map(([p, n]) => [`apollo${p}`, n])),
      ...Object.fromEntries([...batchCounters.requests].map(([p, n]) => [`batchdata${p}`, n])),
    }),
    inject: (plan) => faults.add(plan),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

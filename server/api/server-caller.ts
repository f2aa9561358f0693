import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "./root";
import { createTRPCContext } from "./trpc";

/**
 * The tRPC API for React Server Components: same procedures, same access checks, same context
 * (session + request id) as HTTP calls, without a network hop. One caller per request.
 *
 *   const api = await getServerApi();
 *   const summary = await api.dashboard.summary();
 */
export const getServerApi = cache(async () => createCaller(await createTRPCContext({ headers: await headers() })));

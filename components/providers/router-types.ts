import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What procedures return / accept, for typing component props without importing server code. */
export type TRouterOutputs = inferRouterOutputs<AppRouter>;
export type TRouterInputs = inferRouterInputs<AppRouter>;

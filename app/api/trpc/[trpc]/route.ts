import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { createLogger } from "@/server/logging/logger";

const log = createLogger("trpc");

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    onError({ error, path, ctx }) {
      // Expected refusals (UNAUTHORIZED, FORBIDDEN, BAD_REQUEST, …) are answers, not incidents.
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path, requestId: ctx?.requestId }, "tRPC procedure failed");
    },
  });
}

export { handler as GET, handler as POST };

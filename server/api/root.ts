import { createCallerFactory, router } from "./trpc";
import { apiTokensRouter } from "./routers/api-tokens";
import { auditRouter } from "./routers/audit";
import { cardsRouter } from "./routers/cards";
import { complianceRouter } from "./routers/compliance";
import { dashboardRouter } from "./routers/dashboard";
import { enrichmentRouter } from "./routers/enrichment";
import { handoffRouter } from "./routers/handoff";
import { importsRouter } from "./routers/imports";
import { meRouter } from "./routers/me";
import { poolsRouter } from "./routers/pools";
import { reportsRouter } from "./routers/reports";
import { reviewRouter } from "./routers/review";
import { settingsRouter } from "./routers/settings";
import { usersRouter } from "./routers/users";

export const appRouter = router({
  me: meRouter,
  dashboard: dashboardRouter,
  users: usersRouter,
  settings: settingsRouter,
  audit: auditRouter,
  compliance: complianceRouter,
  imports: importsRouter,
  reports: reportsRouter,
  cards: cardsRouter,
  pools: poolsRouter,
  review: reviewRouter,
  enrichment: enrichmentRouter,
  handoff: handoffRouter,
  apiTokens: apiTokensRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process with a given context (RSC caller, tests). */
export const createCaller = createCallerFactory(appRouter);

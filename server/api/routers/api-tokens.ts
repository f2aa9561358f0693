import { z } from "zod";
import { ZCreateApiToken } from "@/server/domain/handoff/api-token";
import { createApiToken, listApiTokens, revokeApiToken, ZApiTokenDto } from "@/server/services/handoff/api-tokens";
import { adminProcedure, router, userActor } from "../trpc";

export const apiTokensRouter = router({
  list: adminProcedure.output(z.array(ZApiTokenDto)).query(({ ctx }) => listApiTokens(ctx.db)),
  /** The plaintext token is in this response only; it is stored hashed. */
  create: adminProcedure
    .input(ZCreateApiToken)
    .output(z.object({ token: z.string(), apiToken: ZApiTokenDto }))
    .mutation(({ ctx, input }) => createApiToken(ctx.db, input, { userId: ctx.user.id, actor: userActor(ctx.user) })),
  revoke: adminProcedure.input(z.object({ id: z.uuid() })).output(ZApiTokenDto).mutation(({ ctx, input }) => revokeApiToken(ctx.db, input.id, { actor: userActor(ctx.user) })),
});

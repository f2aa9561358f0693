import { z } from "zod";
import { ZRole } from "@/server/domain/auth/roles";
import { changeUserRole } from "@/server/services/users/change-user-role";
import { createUser } from "@/server/services/users/create-user";
import { disableUser } from "@/server/services/users/disable-user";
import { listUsers } from "@/server/services/users/list-users";
import { ZUserDto } from "@/server/services/users/user-dto";
import { adminProcedure, router, userActor } from "../trpc";

// Inputs are shaped here; the services validate the details (email format, password policy).
export const ZUsersCreateInput = z.object({
  email: z.string().max(320),
  role: ZRole,
  name: z.string().max(200).optional(),
  password: z.string().min(1).max(200),
});
export const ZUsersDisableInput = z.object({ email: z.string().max(320) });
export const ZUsersChangeRoleInput = z.object({ id: z.uuid(), role: ZRole });

export const usersRouter = router({
  list: adminProcedure.output(z.array(ZUserDto)).query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure
    .input(ZUsersCreateInput)
    .output(ZUserDto)
    .mutation(({ ctx, input }) => createUser(ctx.db, { ...input, name: input.name?.trim() || undefined, via: "console" }, userActor(ctx.user))),

  disable: adminProcedure
    .input(ZUsersDisableInput)
    .output(ZUserDto)
    .mutation(({ ctx, input }) => disableUser(ctx.db, input.email, userActor(ctx.user), "console")),

  changeRole: adminProcedure
    .input(ZUsersChangeRoleInput)
    .output(ZUserDto)
    .mutation(({ ctx, input }) => changeUserRole(ctx.db, input, userActor(ctx.user))),
});

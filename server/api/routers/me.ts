import { z } from "zod";
import { permissions, ZRole, can, type TPermission } from "@/server/domain/auth/roles";
import { authedProcedure, router } from "../trpc";

const permissionNames = Object.keys(permissions) as TPermission[];

export const ZMe = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable(), role: ZRole }),
  permissions: z.array(z.enum(permissionNames as [TPermission, ...TPermission[]])),
});

export const meRouter = router({
  /** The signed-in user and what their role may do (navigation hides what it may not). */
  get: authedProcedure.output(ZMe).query(({ ctx }) => ({
    user: ctx.user,
    permissions: permissionNames.filter((permission) => can(ctx.user.role, permission)),
  })),
});

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { TRole } from "@/server/domain/auth/roles";
import { getAuthOptions } from "./auth-options";

export type TSessionUser = { id: string; email: string; name: string | null; role: TRole };

/** The signed-in user for server components, route handlers and the tRPC context; null when anonymous. */
export async function getCurrentUser(): Promise<TSessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user;
  if (!user?.id || !user.role || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
}

/** Only same-site paths may be sent back to after sign-in (no `//host` or `https://…`). */
export function safeCallbackPath(path: string | null | undefined): string {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}

/** The signed-in user, or a redirect to /sign-in that returns to `callbackPath` afterwards. */
export async function requireUser(callbackPath: string = "/"): Promise<TSessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeCallbackPath(callbackPath))}`);
  return user;
}

import { requireUser, type TSessionUser } from "@/server/auth/session";
import { consolePath } from "./console-path";
import { mayOpen, sectionFor, type TConsoleHref } from "./navigation";

export type TPageAccess = { user: TSessionUser; allowed: boolean; label: string };

/**
 * Every console page starts here: anonymous visitors are sent to sign-in (and back to this page
 * afterwards); a role without the section's permission gets `allowed: false` and the page renders
 * the no-access state instead of its content. The API refuses the same role independently.
 *
 * Pages below a section (`/imports/[id]`) pass their own path, usually built from the awaited
 * params: `requirePage("/imports", params.then(({ id }) => `/imports/${id}`))`. Call it first,
 * before any other await, so the path is recorded before the layout looks for it.
 */
export async function requirePage(href: TConsoleHref, path?: string | Promise<string>): Promise<TPageAccess> {
  consolePath().value = path ?? href;
  const user = await requireUser(await (path ?? href));
  const section = sectionFor(href);
  return { user, allowed: mayOpen(user.role, section.anyOf), label: section.label };
}

import { requireUser, type TSessionUser } from "@/server/auth/session";
import { consolePath } from "./console-path";
import { mayOpen, sectionFor, type TConsoleHref } from "./navigation";

export type TPageAccess = { user: TSessionUser; allowed: boolean; label: string };

/**
 * Every console page starts here: anonymous visitors are sent to sign-in (and back to this page
 * afterwards); a role without the section's permission gets `allowed: false` and the page renders
 * the no-access state instead of its content. The API refuses the same role independently.
 */
export async function requirePage(href: TConsoleHref): Promise<TPageAccess> {
  consolePath().value = href;
  const user = await requireUser(href);
  const section = sectionFor(href);
  return { user, allowed: mayOpen(user.role, section.anyOf), label: section.label };
}

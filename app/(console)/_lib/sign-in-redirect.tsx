import { requireUser } from "@/server/auth/session";
import { consolePath } from "./console-path";

/**
 * Rendered by the console layout for anonymous visitors, after the page: it redirects to sign-in
 * even if a page forgot its own requirePage(), with the page's path as callback when known.
 */
export async function SignInRedirect() {
  await requireUser((await consolePath().value) ?? "/");
  return null;
}

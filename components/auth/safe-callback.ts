/**
 * Where to go after signing in: only a path on this site ("/pools?x=1"), never another origin
 * ("//evil.example", "https://…") or the sign-in page itself. Anything else becomes "/".
 */
export function safeCallbackPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "/";
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return "/";
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/api/")) return "/";
  return path;
}

/**
 * Runs once when the web server starts (not during `next build`): validates the environment so a
 * bad or missing variable stops the process with a message naming it, before any request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/config/check-web-env");
}

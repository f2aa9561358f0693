import { cache } from "react";

/**
 * The console path this request renders, recorded by requirePage() before it awaits anything.
 * Layouts are not told the URL; this per-request slot (React cache) lets the layout's own
 * sign-in redirect send the visitor back to the page they asked for. Detail pages record a
 * promise (their path depends on awaited params).
 */
export const consolePath = cache((): { value: string | Promise<string> | null } => ({ value: null }));

/**
 * Hands a large table selection to the request screen. Up to URL_IDS ids travel in the URL
 * (`/enrichment?cards=…`, shareable); more are kept in sessionStorage under a random key
 * (`/enrichment?selection=<key>`), because a URL of thousands of ids is too long for servers.
 */
export const URL_IDS = 150;
const PREFIX = "sxe.enrichment.selection.";

export function requestHref(selection: { cardIds: string[] } | { poolId: string }): string {
  if ("poolId" in selection) return `/enrichment?pool=${encodeURIComponent(selection.poolId)}`;
  if (selection.cardIds.length <= URL_IDS) return `/enrichment?cards=${selection.cardIds.join(",")}`;
  const key = crypto.randomUUID();
  sessionStorage.setItem(PREFIX + key, JSON.stringify(selection.cardIds));
  return `/enrichment?selection=${key}`;
}

export function readStoredSelection(key: string): string[] | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    const ids: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? ids : null;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

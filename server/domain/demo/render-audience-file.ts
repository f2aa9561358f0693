import { csvRow } from "@/server/domain/csv/csv-row";
import type { TGeneratedProfile } from "./generate-audience";

/**
 * Serialises generated profiles the way each source ships them: X as a users-lookup envelope
 * (with a partial `errors[]`, as X returns inside a 200), TikTok and Threads as JSONL, and a
 * scraper CSV with a `platform` column. Yields text chunks so large files stream to disk.
 */
export function* renderXEnvelope(profiles: Iterable<TGeneratedProfile>): Generator<string> {
  yield '{"data":[';
  let count = 0;
  for (const p of profiles) yield `${count++ ? "," : ""}\n${JSON.stringify(p.record)}`;
  yield `\n],"errors":[{"resource_type":"user","resource_id":"ghost_acct","parameter":"usernames","title":"Not Found Error",` +
    `"detail":"Could not find user with usernames: [ghost_acct].","type":"https://api.x.com/2/problems/resource-not-found"}],` +
    `"meta":{"result_count":${count}}}\n`;
}

export function* renderJsonl(profiles: Iterable<TGeneratedProfile>): Generator<string> {
  let chunk = "";
  for (const p of profiles) {
    chunk += `${JSON.stringify(p.record)}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

const profileUrl = { x: "https://x.com/", tiktok: "https://www.tiktok.com/@", threads: "https://www.threads.net/@" } as const;

export function* renderScraperCsv(profiles: Iterable<TGeneratedProfile>): Generator<string> {
  yield csvRow(["platform", "profile_url", "username", "full_name", "bio", "followers", "following", "verified", "website", "location"]);
  for (const { platform, record: r } of profiles) {
    const bio = r.description ?? r.bio_description ?? r.biography;
    const name = r.name ?? r.display_name;
    const metrics = (r.public_metrics ?? {}) as Record<string, unknown>;
    const followers = r.follower_count ?? metrics.followers_count;
    const following = r.following_count ?? metrics.following_count ?? "";
    yield csvRow([platform, `${profileUrl[platform]}${String(r.username)}`, r.username, name, bio, followers, following, Boolean(r.verified ?? r.is_verified), "", r.location ?? ""]);
  }
}

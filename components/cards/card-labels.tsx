import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { humanizeSlug } from "./cards-search";

/** Taxonomy slug → display name, passed down from the server (the active taxonomy). */
export type TTaxonomyNames = { industry: Record<string, string>; persona: Record<string, string>; tribe: Record<string, string> };

export const labelTones: Record<string, TBadgeTone> = { USER: "accent", PARTNER: "success", AFFILIATE: "warning", FEEDBACK: "neutral" };
export const labelNames: Record<string, string> = { USER: "User", PARTNER: "Partner", AFFILIATE: "Affiliate", FEEDBACK: "Feedback", unlabelled: "Unlabelled" };
export const platformNames: Record<string, string> = { x: "X", tiktok: "TikTok", threads: "Threads" };
export const reviewNames: Record<string, string> = { unreviewed: "Unreviewed", confirmed: "Confirmed", corrected: "Corrected" };

export function LabelBadge({ label }: { label: string | null }) {
  if (!label) return <span className="text-xs text-muted">Unlabelled</span>;
  return <Badge tone={labelTones[label] ?? "neutral"}>{labelNames[label] ?? label}</Badge>;
}

export function ReviewBadge({ state }: { state: string }) {
  return <Badge tone={state === "unreviewed" ? "neutral" : state === "corrected" ? "warning" : "success"}>{reviewNames[state] ?? humanizeSlug(state)}</Badge>;
}

export function EnrichmentBadge({ state }: { state: string }) {
  if (state === "none") return <span className="text-xs text-muted">—</span>;
  const tone: TBadgeTone = state === "enriched" ? "success" : state === "failed" ? "danger" : state === "unmatched" ? "neutral" : "accent";
  return <Badge tone={tone}>{humanizeSlug(state)}</Badge>;
}

/** 0.8312 → "0.83". */
export function formatConfidence(value: number): string {
  return value.toFixed(2);
}

export function nameOf(names: Record<string, string>, slug: string): string {
  return names[slug] ?? humanizeSlug(slug);
}

/** Two letters for the avatar placeholder (remote avatars are not fetched). */
export function Initials({ text }: { text: string }) {
  const letters = text.replace(/^@/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(/\s+/).map((w) => w[0] ?? "").join("").slice(0, 2).toUpperCase();
  return (
    <span aria-hidden className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-[10px] font-semibold text-accent-fg">
      {letters || "?"}
    </span>
  );
}

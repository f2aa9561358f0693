"use client";

import { ClipboardCheck, Inbox } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { labelNames, type TTaxonomyNames } from "@/components/cards/card-labels";
import { useInvalidateCards } from "@/components/cards/use-invalidate-cards";
import { useTRPCClient } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount } from "@/components/ui/format";
import { ReviewCard } from "./review-card";
import { ReviewEditForm } from "./review-edit-form";
import { commandFor, isTypingTarget, type TReviewCommand, type TReviewLabel } from "./review-keys";
import type { TReviewItem, TReviewPage, TTagChanges } from "./review-types";
import { ShortcutsLegend } from "./shortcuts-legend";

const PAGE = 50;
/** Fetch the next page when this close to the end of what is loaded. */
const PREFETCH = 5;
/** cards.confirm takes at most this many ids. */
const MAX_SELECTED = 500;

type TDecision = { kind: "accept" } | { kind: "label"; label: TReviewLabel } | { kind: "tags"; changes: TTagChanges };

const cardName = (item: TReviewItem) => (item.handle ? `@${item.handle}` : item.publicId);

/** Applies a saved decision to the loaded copy of a card (what the server now holds). */
function applied(item: TReviewItem, decision: TDecision): TReviewItem {
  if (decision.kind === "accept") return { ...item, reviewState: "confirmed" };
  const changes = decision.kind === "label" ? { label: decision.label } : decision.changes;
  const fields = Object.keys(changes);
  return { ...item, ...changes, reviewState: "corrected", correctedFields: [...new Set([...item.correctedFields, ...fields])].sort() };
}

/**
 * The review queue: one card at a time from a session list (the first page is server-rendered,
 * later pages load ahead by cursor). Decisions go through cards.confirm / cards.setTags — the
 * services that write the `label_changed` audit row in the same transaction — and move on to the
 * next card; the loaded copy is updated when the server confirms. Keys: see review-keys.ts.
 */
export function ReviewQueue({ initial, poolId, names }: { initial: TReviewPage; poolId: string | null; names: TTaxonomyNames }) {
  const client = useTRPCClient();
  const router = useRouter();
  const invalidate = useInvalidateCards();
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [waiting, setWaiting] = useState({ count: initial.unreviewed, capped: initial.unreviewedCapped });
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState<string[]>([]);
  const [decided, setDecided] = useState(0);
  const [loading, setLoading] = useState<"idle" | "loading" | "failed">("idle");
  const [browseReviewed, setBrowseReviewed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const loadingRef = useRef(false);

  const item = items[index];

  const loadMore = useCallback(async () => {
    if (!cursor || loadingRef.current) return;
    loadingRef.current = true;
    setLoading("loading");
    try {
      const page = await client.review.queue.query({ limit: PAGE, cursor, poolId });
      setItems((loaded) => {
        const known = new Set(loaded.map((i) => i.id));
        return [...loaded, ...page.items.filter((i) => !known.has(i.id))];
      });
      setCursor(page.nextCursor);
      setWaiting({ count: page.unreviewed, capped: page.unreviewedCapped });
      setLoading("idle");
    } catch (error) {
      setLoading("failed");
      toast.error("Could not load more cards", { description: error instanceof Error ? error.message : String(error) });
    } finally {
      loadingRef.current = false;
    }
  }, [client, cursor, poolId]);

  /** Moving near the end of what is loaded fetches the next page ahead of the reviewer. */
  const goTo = (next: number) => {
    const bounded = Math.max(0, Math.min(items.length - 1, next));
    setIndex(bounded);
    if (cursor && loading !== "failed" && bounded >= items.length - PREFETCH) void loadMore();
  };

  const move = (delta: 1 | -1) => {
    setEditing(false);
    goTo(index + delta);
  };

  const save = async (target: TReviewItem, decision: TDecision) => {
    setSaving((ids) => [...ids, target.id]);
    try {
      if (decision.kind === "accept") await client.cards.confirm.mutate({ ids: [target.id] });
      else await client.cards.setTags.mutate({ ids: [target.id], changes: decision.kind === "label" ? { label: decision.label } : decision.changes });
      setItems((loaded) => loaded.map((i) => (i.id === target.id ? applied(i, decision) : i)));
      if (target.reviewState === "unreviewed") setWaiting((w) => ({ ...w, count: w.capped ? w.count : Math.max(0, w.count - 1) }));
      setDecided((n) => n + 1);
      setAnnouncement(
        decision.kind === "accept"
          ? `${cardName(target)} accepted`
          : decision.kind === "label"
            ? `${cardName(target)} labelled ${labelNames[decision.label]}`
            : `${cardName(target)}: ${Object.keys(decision.changes).join(", ")} saved`,
      );
      void invalidate();
    } catch (error) {
      toast.error(`Could not save ${cardName(target)}`, { description: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving((ids) => ids.filter((id) => id !== target.id));
    }
  };

  /** Saves and moves on to the next card at once (the save finishes in the background). */
  const decide = (decision: TDecision) => {
    if (!item || saving.includes(item.id)) return;
    const effective: TDecision = decision.kind === "label" && decision.label === item.label ? { kind: "accept" } : decision;
    setEditing(false);
    void save(item, effective);
    goTo(index + 1);
  };

  const acceptSelected = async () => {
    if (!selected.length) return;
    const ids = selected.slice(0, MAX_SELECTED);
    setSaving((s) => [...s, ...ids]);
    try {
      const { confirmed } = await client.cards.confirm.mutate({ ids });
      const wereWaiting = items.filter((i) => ids.includes(i.id) && i.reviewState === "unreviewed").length;
      setItems((loaded) => loaded.map((i) => (ids.includes(i.id) ? applied(i, { kind: "accept" }) : i)));
      setWaiting((w) => ({ ...w, count: w.capped ? w.count : Math.max(0, w.count - wereWaiting) }));
      setDecided((n) => n + confirmed);
      setSelected([]);
      toast.success(`Accepted ${formatCount(confirmed)} ${confirmed === 1 ? "card" : "cards"}`);
      setAnnouncement(`${formatCount(confirmed)} selected cards accepted`);
      void invalidate();
    } catch (error) {
      toast.error("Could not accept the selected cards", { description: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving((s) => s.filter((id) => !ids.includes(id)));
    }
  };

  const toggleSelect = () => {
    if (!item) return;
    if (!selected.includes(item.id) && selected.length >= MAX_SELECTED) {
      toast.error(`At most ${MAX_SELECTED} cards can be accepted at once`);
      return;
    }
    setSelected((s) => (s.includes(item.id) ? s.filter((id) => id !== item.id) : [...s, item.id]));
  };

  const run = (command: TReviewCommand) => {
    switch (command.type) {
      case "next":
        return move(1);
      case "previous":
        return move(-1);
      case "accept":
        return decide({ kind: "accept" });
      case "label":
        return decide({ kind: "label", label: command.label });
      case "edit":
        return item ? setEditing(true) : undefined;
      case "toggleSelect":
        return toggleSelect();
      case "acceptSelected":
        return void acceptSelected();
      case "open":
        return item ? router.push(`/cards/${item.id}`) : undefined;
    }
  };

  const showQueue = items.length > 0 && (initial.unreviewed > 0 || browseReviewed);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    if (!showQueue) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || editing || isTypingTarget(event.target as HTMLElement | null)) return;
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [editing, showQueue]);

  if (!items.length)
    return (
      <Card data-testid="review-empty">
        <EmptyState icon={<Inbox className="size-5" />} title={poolId ? "No lead cards in this pool" : "No lead cards yet"}>
          <p>The review queue shows lead cards once an import has created them. Import an audience, or pick another pool.</p>
        </EmptyState>
      </Card>
    );

  if (!showQueue)
    return (
      <Card data-testid="review-empty">
        <EmptyState
          icon={<ClipboardCheck className="size-5" />}
          title="The queue is empty — everything reviewed"
          actions={
            <Button size="sm" onClick={() => setBrowseReviewed(true)}>
              Go through reviewed cards anyway
            </Button>
          }
        >
          <p>Every lead card {poolId ? "in this pool " : ""}has been accepted or corrected. New imports add cards here.</p>
        </EmptyState>
      </Card>
    );

  const waitingText = waiting.capped ? `${formatCount(waiting.count)}+` : formatCount(waiting.count);
  const pastUnreviewed = item && item.reviewState !== "unreviewed" && !saving.includes(item.id) && waiting.count === 0;

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-3 lg:col-span-2">
        {item ? (
          <ReviewCard item={item} names={names} selected={selected.includes(item.id)} saving={saving.includes(item.id)}>
            {editing ? <ReviewEditForm key={item.id} item={item} names={names} pending={false} onCancel={() => setEditing(false)} onSave={(changes) => decide({ kind: "tags", changes })} /> : null}
          </ReviewCard>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" onClick={() => move(-1)} disabled={index === 0}>
            Previous
          </Button>
          <Button size="sm" onClick={() => move(1)} disabled={index >= items.length - 1}>
            Next
          </Button>
          <Button size="sm" variant="primary" onClick={() => decide({ kind: "accept" })} disabled={!item || saving.includes(item.id)}>
            Accept
          </Button>
          <Button size="sm" onClick={() => setEditing(true)} disabled={!item || editing}>
            Edit tags
          </Button>
          <Button size="sm" variant="ghost" onClick={toggleSelect} disabled={!item}>
            {item && selected.includes(item.id) ? "Deselect" : "Select"}
          </Button>
        </div>
      </div>
      <div className="space-y-4">
        <Card aria-labelledby="review-position">
          <CardHeader id="review-position" title="Queue" description="Unreviewed cards first, lowest classification confidence first." />
          <CardBody className="space-y-2 text-sm">
            <p aria-live="polite" data-testid="queue-position">
              Card <strong className="tabular-nums">{formatCount(index + 1)}</strong> of {formatCount(items.length)}
              {cursor ? "+" : ""} loaded
            </p>
            <p data-testid="queue-waiting">
              <strong className="tabular-nums">{waitingText}</strong> unreviewed {waiting.capped ? "(counted up to this)" : "waiting"}
            </p>
            <p className="text-muted" data-testid="session-decided">
              {formatCount(decided)} reviewed this session
            </p>
            {loading === "loading" && index >= items.length - 1 ? <p className="text-muted">Loading more cards…</p> : null}
            {loading === "failed" ? (
              <Button size="sm" onClick={() => void loadMore()}>
                Retry loading
              </Button>
            ) : null}
            {!cursor && index === items.length - 1 ? <p className="text-muted">This is the last card in the queue.</p> : null}
            {pastUnreviewed ? <Alert tone="success">The queue is empty — everything reviewed. You are looking at reviewed cards.</Alert> : null}
            <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2">
              <p className="text-xs font-medium" data-testid="selection-count">
                {formatCount(selected.length)} selected
              </p>
              <Button size="sm" variant="primary" disabled={!selected.length} onClick={() => void acceptSelected()}>
                Accept selected
              </Button>
              {selected.length ? (
                <Button size="sm" variant="ghost" onClick={() => setSelected([])}>
                  Clear
                </Button>
              ) : null}
            </div>
            <p className="sr-only" aria-live="polite" data-testid="review-announcement">
              {announcement}
            </p>
          </CardBody>
        </Card>
        <ShortcutsLegend />
      </div>
    </div>
  );
}

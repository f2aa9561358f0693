import { DomainError } from "@/server/domain/errors";

/** A request (one approval, one run) holds at most this many cards. */
export const MAX_BATCH_CARDS = 250;
/** The most cards one selection may name (it becomes ⌈n / 250⌉ requests). */
export const MAX_SELECTION_CARDS = 5000;

/** Splits ids into consecutive batches of at most `size`, keeping order. */
export function splitIntoBatches<T>(ids: readonly T[], size = MAX_BATCH_CARDS): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  return batches;
}

/** Refuses a single batch above the limit with a message that says what to do. */
export function assertBatchSize(count: number): void {
  if (count > MAX_BATCH_CARDS) {
    throw new DomainError("LIMIT_EXCEEDED", `an enrichment batch holds at most ${MAX_BATCH_CARDS} cards; this one has ${count} (split it into several requests)`, { limit: MAX_BATCH_CARDS, count });
  }
}

import type pg from "pg";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { TLeadRecordSource } from "@/server/domain/handoff/lead-record";
import { activePoolsQuery, recordSourceQuery } from "./handoff-selection-sql";

const WORK_MEM = "64MB";

type TPool = { id: string; name: string; kind: string };
/** A row of recordSourceQuery: a lead record's source with its pools still as ids (`pools` is null until withPools). */
export type TRecordSourceRow = TLeadRecordSource & { pool_ids: string[]; suppressed: boolean };
export type TSelectionPage = { suppressed: number; sources: TLeadRecordSource[] };

/** The active pools, resolving a card's pool ids to the pools its record names, in name order. */
export class PoolDirectory {
  private readonly rank = new Map<string, number>();
  constructor(private readonly pools: TPool[]) {
    pools.forEach((pool, i) => this.rank.set(pool.id, i));
  }
  static async load(run: (sql: Prisma.Sql) => Promise<TPool[]>): Promise<PoolDirectory> {
    return new PoolDirectory(await run(activePoolsQuery));
  }
  withPools(row: TRecordSourceRow): TLeadRecordSource {
    const ranks: number[] = [];
    for (const id of row.pool_ids) {
      const rank = this.rank.get(id);
      if (rank !== undefined) ranks.push(rank);
    }
    if (ranks.length > 1) ranks.sort((a, b) => a - b);
    row.pools = ranks.map((rank) => this.pools[rank]!);
    return row;
  }
}

/**
 * Streams a selection's record sources page by page through a cursor inside the caller's
 * transaction (one snapshot); suppressed cards are counted and left out. The caller may ask for
 * the next page while it works on this one: the connection runs the fetches in order.
 */
export class SelectionReader {
  private constructor(private readonly client: pg.ClientBase, private readonly cursor: string, private readonly pageSize: number, private readonly pools: PoolDirectory) {}

  /** Call inside a transaction (REPEATABLE READ for one snapshot); the planner settings last until it ends. */
  static async open(client: pg.ClientBase, where: Prisma.Sql, opts: { cursor: string; pageSize: number }): Promise<SelectionReader> {
    // Every row is read: plan for the whole result, not for a cursor's default first tenth; the
    // hash tables of a 1M-card selection stay in memory. No JIT: the whole-result cost passes the
    // JIT thresholds, and compiling this query took ~0.9 s of a 100k freeze's ~5.4 s (bench:handoff).
    await client.query(`SET LOCAL work_mem = '${WORK_MEM}'; SET LOCAL cursor_tuple_fraction = 1; SET LOCAL jit = off`);
    const pools = await PoolDirectory.load(async (sql) => (await client.query<TPool>(sql.text, sql.values as unknown[])).rows);
    const query = recordSourceQuery(where);
    await client.query(`DECLARE ${opts.cursor} NO SCROLL CURSOR FOR ${query.text}`, query.values as unknown[]);
    return new SelectionReader(client, opts.cursor, opts.pageSize, pools);
  }

  /** The next page, or null when the selection is exhausted. */
  async next(): Promise<TSelectionPage | null> {
    const { rows } = await this.client.query<TRecordSourceRow>(`FETCH ${this.pageSize} FROM ${this.cursor}`);
    if (rows.length === 0) return null;
    const sources: TLeadRecordSource[] = [];
    for (const row of rows) if (!row.suppressed) sources.push(this.pools.withPools(row));
    return { suppressed: rows.length - sources.length, sources };
  }
}

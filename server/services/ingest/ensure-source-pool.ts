import type pg from "pg";

/**
 * The audience pool an import fills: the `--pool` name when given (an existing source or manual
 * pool of that name is reused; a rule pool's membership is computed, so a new pool is made
 * beside it), else one source pool per file and day. Runs inside the import's transaction.
 */
export async function ensureSourcePool(
  client: pg.ClientBase,
  job: { id: string; fileName: string; poolName: string | null; actorId: string | null },
  now: Date,
): Promise<string> {
  const base = job.poolName ?? `${job.fileName} · ${now.toISOString().slice(0, 10)}`;
  for (let attempt = 1; attempt < 50; attempt++) {
    const name = attempt === 1 ? base : `${base} (${attempt})`;
    const existing = await client.query<{ id: string; kind: string }>(`SELECT id, kind FROM audience_pools WHERE lower(name) = lower($1) AND archived_at IS NULL`, [name]);
    const found = existing.rows[0];
    if (found && found.kind !== "rule") return found.id;
    if (found) continue;
    const created = await client.query<{ id: string }>(
      `INSERT INTO audience_pools (name, kind, import_job_id, created_by_id, description, created_at, updated_at)
       VALUES ($1, 'source', $2, $3, $4, $5, $5) RETURNING id`,
      [name, job.id, job.actorId, `Profiles imported from ${job.fileName}`, now],
    );
    return created.rows[0]!.id;
  }
  throw new Error(`Could not find a free pool name for ${base}`);
}

import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db, PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { displayPrefix, formatApiToken, hashApiToken, ZCreateApiToken, type TApiTokenScope, type TCreateApiTokenInput } from "@/server/domain/handoff/api-token";
import { recordAudit } from "@/server/services/audit/record-audit";

export const ZApiTokenDto = z.object({
  id: z.uuid(),
  name: z.string(),
  platform: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
});
export type TApiTokenDto = z.infer<typeof ZApiTokenDto>;

const select = { id: true, name: true, platform: true, tokenPrefix: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true, createdBy: { select: { email: true } } } as const;
type TRow = { id: string; name: string; platform: string; tokenPrefix: string; scopes: string[]; expiresAt: Date | null; revokedAt: Date | null; lastUsedAt: Date | null; createdAt: Date; createdBy: { email: string } };
const toDto = ({ tokenPrefix, createdBy, ...r }: TRow): TApiTokenDto => ({ ...r, prefix: tokenPrefix, createdBy: createdBy.email });

export async function listApiTokens(db: Db): Promise<TApiTokenDto[]> {
  return (await db.apiToken.findMany({ select, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })).map(toDto);
}

/** Creates a token for an execution platform; the plaintext is returned here once and never stored. Audited. */
export async function createApiToken(db: PrismaClient, input: TCreateApiTokenInput, opts: { userId: string; actor: TAuditActor; now?: Date }): Promise<{ token: string; apiToken: TApiTokenDto }> {
  const parsed = ZCreateApiToken.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `${issue.path.join(".") || "token"}: ${issue.message}`);
  }
  const now = opts.now ?? new Date();
  const token = formatApiToken(randomBytes(32));
  const { expiresInDays, ...rest } = parsed.data;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { ...rest, tokenHash: hashApiToken(token), tokenPrefix: displayPrefix(token), expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null, createdById: opts.userId, createdAt: now },
      select,
    });
    await recordAudit(tx, { event: "api_token_created", actor: opts.actor, target: { type: "api_token", id: row.id }, metadata: { platform: row.platform, scopes: row.scopes } }, now);
    return { token, apiToken: toDto(row) };
  });
}

/** Revokes a token at once (later requests get 401). Revoking twice is refused. Audited. */
export async function revokeApiToken(db: PrismaClient, id: string, opts: { actor: TAuditActor; now?: Date }): Promise<TApiTokenDto> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await tx.apiToken.findUnique({ where: { id }, select: { revokedAt: true, platform: true } });
    if (!current) throw new DomainError("NOT_FOUND", `API token ${id} does not exist`);
    if (current.revokedAt) throw new DomainError("INVALID_STATE", "That token is already revoked");
    const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: now }, select });
    await recordAudit(tx, { event: "api_token_revoked", actor: opts.actor, target: { type: "api_token", id }, metadata: { platform: current.platform } }, now);
    return toDto(row);
  });
}

export type TTokenCheck =
  | { ok: true; token: { id: string; platform: string; name: string } }
  | { ok: false; status: 401 | 403; reason: string };

/**
 * Checks a bearer token: unknown, revoked or expired → 401; missing scope → 403. The same answer
 * for unknown and revoked, so a caller learns nothing about other tokens. Records last use
 * (at most once a minute per token).
 */
export async function authenticateApiToken(db: Db, token: string | null, scope: TApiTokenScope, now: Date = new Date()): Promise<TTokenCheck> {
  if (!token) return { ok: false, status: 401, reason: "Missing bearer token" };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return { ok: false, status: 401, reason: "Invalid, expired or revoked token" };
  if (!row.scopes.includes(scope)) return { ok: false, status: 403, reason: `This token lacks the ${scope} scope` };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { ok: true, token: { id: row.id, platform: row.platform, name: row.name } };
}

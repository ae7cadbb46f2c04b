import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';
import { syncEventStories } from './event-claims.ts';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.ts';

export type EditorRole = 'editor' | 'admin';
export const EDITOR_ROLES: readonly EditorRole[] = ['editor', 'admin'];

/** An authenticated editor, as routes and services see them. */
export interface Editor {
  id: number;
  name: string;
  role: EditorRole;
}

/** A new editor with the API token shown once (SPEC `editors add` → `{id, name, role, token}`). */
export interface NewEditor extends Editor {
  token: string;
}

/**
 * Creates an editor and their first API token in one transaction; returns the token in clear
 * (it is stored only as its sha256). A taken name is a conflict.
 */
export async function createEditor(db: Kysely<Database>, input: { name: string; role: EditorRole }): Promise<NewEditor> {
  const token = newSecret();
  try {
    return await db.transaction().execute(async (trx) => {
      const editor = await trx.insertInto('editors').values({ name: input.name, role: input.role }).returning(['id', 'name', 'role']).executeTakeFirstOrThrow();
      await trx.insertInto('editor_tokens').values({ editor_id: editor.id, token_hash: hashSecret(token), label: 'created with the editor' }).execute();
      return { id: editor.id, name: editor.name, role: editor.role, token };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new PulseError('conflict', `an editor named ${JSON.stringify(input.name)} already exists`, { details: [{ field: 'name', message: 'already taken' }] });
    throw err;
  }
}

/**
 * Returns the enabled editor owning an unrevoked API token, or null. Marks the token used
 * (`last_used_at`) at most once a minute, so a busy client costs one write a minute, not one a request;
 * the guard is in the UPDATE's WHERE, so concurrent requests of one token write once between them.
 */
export async function editorByToken(db: Executor, token: string): Promise<Editor | null> {
  if (!looksLikeSecret(token)) return null;
  const row = await db
    .selectFrom('editor_tokens as t')
    .innerJoin('editors as e', 'e.id', 't.editor_id')
    .select(['e.id', 'e.name', 'e.role', 't.id as token_id', sql<boolean>`t.last_used_at is null or t.last_used_at < now() - interval '1 minute'`.as('stale')])
    .where('t.token_hash', '=', hashSecret(token))
    .where('t.revoked_at', 'is', null)
    .where('e.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  if (row.stale) await markTokenUsed(db, row.token_id);
  return { id: row.id, name: row.name, role: row.role };
}

/** Sets `last_used_at = now()` on token `tokenId` unless it was set within the last minute. */
export async function markTokenUsed(db: Executor, tokenId: number): Promise<void> {
  await db
    .updateTable('editor_tokens')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
    .execute();
}

/** Returns true for a PostgreSQL unique_violation (SQLSTATE 23505), from pg or PGlite. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  if (e?.code !== '23505') return false;
  return constraint === undefined || e.constraint === constraint;
}

/** An editor as `pulse editors list` shows them: live tokens counted, the latest use of any token. */
export interface EditorSummary extends Editor {
  disabled: boolean;
  tokens: number;
  last_used_at: string | null;
  created_at: string;
}

/** Returns every editor by id, with the number of unrevoked tokens and when one was last used. */
export async function listEditors(db: Executor): Promise<EditorSummary[]> {
  const rows = await db
    .selectFrom('editors as e')
    .leftJoin('editor_tokens as t', (j) => j.onRef('t.editor_id', '=', 'e.id').on('t.revoked_at', 'is', null))
    .select((eb) => ['e.id', 'e.name', 'e.role', 'e.disabled', 'e.created_at', eb.fn.count<string>('t.id').as('tokens'), eb.fn.max('t.last_used_at').as('last_used_at')])
    .groupBy('e.id')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    disabled: r.disabled,
    tokens: Number(r.tokens),
    last_used_at: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
    created_at: r.created_at.toISOString(),
  }));
}

/** What disabling an editor did (SPEC: a disabled editor's tokens and sessions stop working at once). */
export interface DisabledEditor extends Editor {
  disabled: true;
  tokens_revoked: number;
  sessions_ended: number;
  claims_released: number;
}

/**
 * Disables editor `name` in one transaction: the flag (token and session checks refuse disabled
 * editors), every token revoked (so re-enabling never revives a token that may have leaked), their
 * sessions ended and their claims handed back to the queue. Throws not_found for an unknown name.
 */
export async function disableEditor(db: Kysely<Database>, name: string, now: Date): Promise<DisabledEditor> {
  return db.transaction().execute(async (trx) => {
    const editor = await trx.updateTable('editors').set({ disabled: true }).where('name', '=', name).returning(['id', 'name', 'role']).executeTakeFirst();
    if (!editor) throw new PulseError('not_found', `no editor named ${JSON.stringify(name)} (see pulse editors list)`);
    const tokens = await trx.updateTable('editor_tokens').set({ revoked_at: now }).where('editor_id', '=', editor.id).where('revoked_at', 'is', null).executeTakeFirst();
    const sessions = await trx.deleteFrom('editor_sessions').where('editor_id', '=', editor.id).executeTakeFirst();
    // Their events go back to the queue with their stories (events first: the order claims lock them in).
    const events = await trx
      .updateTable('events')
      .set({ status: 'open', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
      .where('status', '=', 'claimed')
      .where('claimed_by', '=', editor.id)
      .returning('id')
      .execute();
    for (const e of events) await syncEventStories(trx, e.id, now);
    // Stories claimed on their own (not grouped into an event yet).
    const claims = await trx
      .updateTable('stories')
      .set({ status: 'ready', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
      .where('status', '=', 'claimed')
      .where('claimed_by', '=', editor.id)
      .executeTakeFirst();
    return {
      ...editor,
      disabled: true,
      tokens_revoked: Number(tokens.numUpdatedRows),
      sessions_ended: Number(sessions.numDeletedRows),
      claims_released: events.length + Number(claims.numUpdatedRows),
    };
  });
}

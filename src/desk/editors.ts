import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';
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

/** Returns the enabled editor owning an unrevoked API token, or null. */
export async function editorByToken(db: Executor, token: string): Promise<Editor | null> {
  if (!looksLikeSecret(token)) return null;
  const row = await db
    .selectFrom('editor_tokens as t')
    .innerJoin('editors as e', 'e.id', 't.editor_id')
    .select(['e.id', 'e.name', 'e.role'])
    .where('t.token_hash', '=', hashSecret(token))
    .where('t.revoked_at', 'is', null)
    .where('e.disabled', '=', false)
    .executeTakeFirst();
  return row ?? null;
}

/** Returns true for a PostgreSQL unique_violation (SQLSTATE 23505), from pg or PGlite. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  if (e?.code !== '23505') return false;
  return constraint === undefined || e.constraint === constraint;
}

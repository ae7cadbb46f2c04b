import type { Executor } from '../queue/types.ts';
import type { Editor } from './editors.ts';
import { hashSecret, looksLikeSecret, newSecret } from './secrets.ts';

/** How long a desk sign-in lasts: one working day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A desk session: the cookie value (shown once, stored hashed) and its per-session CSRF token. */
export interface NewSession {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Opens a desk session for `editorId`; the row keeps only the sha256 of the cookie value. */
export async function createSession(db: Executor, editorId: number, now: Date): Promise<NewSession> {
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insertInto('editor_sessions').values({ editor_id: editorId, session_hash: hashSecret(sessionToken), csrf_token: csrfToken, created_at: now, expires_at: expiresAt }).execute();
  return { sessionToken, csrfToken, expiresAt };
}

/** Returns the editor and CSRF token of a live session, or null (unknown, expired, or editor disabled). */
export async function sessionEditor(db: Executor, sessionToken: string, now: Date): Promise<{ editor: Editor; csrfToken: string } | null> {
  if (!looksLikeSecret(sessionToken)) return null;
  const row = await db
    .selectFrom('editor_sessions as s')
    .innerJoin('editors as e', 'e.id', 's.editor_id')
    .select(['e.id', 'e.name', 'e.role', 's.csrf_token'])
    .where('s.session_hash', '=', hashSecret(sessionToken))
    .where('s.expires_at', '>', now)
    .where('e.disabled', '=', false)
    .executeTakeFirst();
  return row ? { editor: { id: row.id, name: row.name, role: row.role }, csrfToken: row.csrf_token } : null;
}

/** Ends a session (sign-out). */
export async function deleteSession(db: Executor, sessionToken: string): Promise<void> {
  if (!looksLikeSecret(sessionToken)) return;
  await db.deleteFrom('editor_sessions').where('session_hash', '=', hashSecret(sessionToken)).execute();
}

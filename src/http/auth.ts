import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { editorByToken, type Editor } from '../desk/editors.ts';
import { sessionEditor } from '../desk/sessions.ts';
import { PulseError } from '../errors.ts';

/**
 * Who is calling: `Authorization: Bearer TOKEN` on /api/* (SPEC "HTTP, editorial"), a session
 * cookie on the HTML desk. Tokens and sessions are stored as sha256 only (src/desk/secrets.ts).
 */

/** The desk's session cookie. Path=/desk: the API never sees it, so the API cannot be driven by a cross-site cookie. */
export const SESSION_COOKIE = 'pulse_session';

const editors = new WeakMap<FastifyRequest, Editor>();
const csrfTokens = new WeakMap<FastifyRequest, string>();

/** Returns the editor authenticated for this request (set by requireEditor / requireDeskSession). */
export function editorOf(request: FastifyRequest): Editor {
  const editor = editors.get(request);
  if (!editor) throw new PulseError('unauthorized', 'not signed in');
  return editor;
}

/** Returns the CSRF token of the request's desk session (forms embed it). */
export function csrfOf(request: FastifyRequest): string {
  return csrfTokens.get(request) ?? '';
}

/** Returns the bearer token of an Authorization header (RFC 6750 §2.1), or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

/**
 * Returns an onRequest hook that lets only editors with a valid API token through (401 otherwise),
 * and with `role: 'admin'` only admins (403). It runs before the body is read, so the role is
 * checked before the body is validated. Usage: `app.post(url, { onRequest: requireEditor(deps) }, handler)`.
 */
export function requireEditor(deps: { db: Db }, role?: 'admin') {
  return async function authenticateEditor(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = bearerToken(request.headers.authorization);
    if (token === null) {
      void reply.header('www-authenticate', 'Bearer realm="pulse"');
      throw new PulseError('unauthorized', 'an API token is required: send Authorization: Bearer TOKEN (create one with `pulse editors add NAME`)');
    }
    const editor = await editorByToken(deps.db.kysely, token);
    if (!editor) {
      void reply.header('www-authenticate', 'Bearer realm="pulse", error="invalid_token"');
      throw new PulseError('unauthorized', 'the API token is not valid (unknown, revoked, or its editor is disabled)');
    }
    if (role === 'admin' && editor.role !== 'admin') throw new PulseError('forbidden', `${editor.name} is an editor; this needs the admin role`);
    editors.set(request, editor);
  };
}

/** Returns the session cookie's value on `request`, or null. */
export function sessionCookie(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  return fastifyCookie.parse(header)[SESSION_COOKIE] ?? null;
}

/**
 * Loads the desk session of `request` into editorOf()/csrfOf(); returns false when there is none
 * (the caller redirects to the sign-in page).
 */
export async function loadDeskSession(db: Db, request: FastifyRequest, now: Date): Promise<boolean> {
  const token = sessionCookie(request);
  if (!token) return false;
  const session = await sessionEditor(db.kysely, token, now);
  if (!session) return false;
  editors.set(request, session.editor);
  csrfTokens.set(request, session.csrfToken);
  return true;
}

/** Returns the Set-Cookie value of a desk session cookie: HttpOnly, SameSite=Strict, Path=/desk, Secure on https. */
export function sessionCookieHeader(value: string, opts: { secure: boolean; expires: Date | null }): string {
  return fastifyCookie.serialize(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: opts.secure,
    path: '/desk',
    ...(opts.expires ? { expires: opts.expires } : {}),
  });
}

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { PulseError } from '../../errors.ts';
import { createFetcherFromConfig } from '../../runtime.ts';
import { parseInterval } from '../../sources/poll-schedule.ts';
import { pollSource } from '../../sources/poll-source.ts';
import { getSource, listSources, parseSourceId, removeSource, toSourceView } from '../../sources/source-repository.ts';
import type { AppDeps } from '../app.ts';
import { requireEditor } from '../auth.ts';

const OPML_TYPES = ['text/x-opml', 'application/x-opml', 'text/xml', 'application/xml'];

function field(body: unknown, name: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
}

/** Returns the interval in seconds from a number of seconds or a string such as "15m"; throws validation_failed. */
function intervalField(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const sec = typeof value === 'number' ? Math.round(value) : typeof value === 'string' ? parseInterval(value) : null;
  if (sec === null || sec < 60 || sec > 604_800)
    throw new PulseError('validation_failed', 'interval must be seconds (60–604800) or a duration such as "15m"', { details: [{ field: 'interval', message: 'between 1 minute and 7 days' }] });
  return sec;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new PulseError('bad_request', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}

/** /api/sources… (SPEC "HTTP, editorial"): the same operations as `pulse sources`, for editors. */
export async function sourcesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const db = deps.db;
  const fetcher = deps.fetcher ?? createFetcherFromConfig(deps.config);
  if (!deps.fetcher) app.addHook('onClose', async () => fetcher.close());
  const now = deps.now ?? (() => new Date());
  app.addContentTypeParser(OPML_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const editor = requireEditor(deps);
  const admin = requireEditor(deps, 'admin');

  app.get('/api/sources', { onRequest: editor }, async () => ({ items: await listSources(db.kysely), next_cursor: null }));

  app.post('/api/sources', { onRequest: editor }, async (request, reply) => {
    const body = objectBody(request.body);
    const url = body.url;
    if (typeof url !== 'string' || url.trim() === '') throw new PulseError('validation_failed', 'url is required', { details: [{ field: 'url', message: 'a feed or site URL' }] });
    const name = body.name;
    if (name !== undefined && name !== null && typeof name !== 'string') throw new PulseError('validation_failed', 'name must be a string', { details: [{ field: 'name', message: 'a string' }] });
    // Loaded on first use (cheerio, for discovery and OPML): not part of what start loads (issue 13).
    const { subscribe } = await import('../../sources/subscribe.ts');
    const source = await subscribe({ db, fetcher }, { url, name: (name as string | null | undefined) ?? null, intervalSec: intervalField(body.interval) });
    return reply.status(201).send(source);
  });

  app.get('/api/sources/export', { onRequest: editor }, async (_request, reply) => {
    const { exportOpml } = await import('../../sources/import-opml.ts');
    const xml = await exportOpml(db, { title: `${deps.config.siteTitle} sources`, now: now() });
    return reply.type('text/x-opml; charset=utf-8').header('content-disposition', 'attachment; filename="pulse-sources.opml"').send(xml);
  });

  app.post('/api/sources/import', { onRequest: editor }, async (request) => {
    const body = typeof request.body === 'string' ? request.body : field(request.body, 'opml');
    if (typeof body !== 'string' || body.trim() === '') throw new PulseError('bad_request', 'send the OPML document as the body (Content-Type: text/x-opml or application/xml)');
    const { importOpml } = await import('../../sources/import-opml.ts');
    return importOpml(db, body);
  });

  app.get<{ Params: { id: string } }>('/api/sources/:id', { onRequest: editor }, async (request) => toSourceView(await getSource(db.kysely, parseSourceId(request.params.id))));

  app.patch<{ Params: { id: string } }>('/api/sources/:id', { onRequest: editor }, async (request) => {
    const id = parseSourceId(request.params.id);
    const body = objectBody(request.body);
    const allowed = new Set(['name', 'interval', 'paused']);
    const unknown = Object.keys(body).filter((k) => !allowed.has(k));
    if (unknown.length > 0) throw new PulseError('validation_failed', `unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, { details: unknown.map((f) => ({ field: f, message: 'not a source field' })) });
    const set: Record<string, unknown> = { updated_at: sql`now()` };
    if (body.name !== undefined) {
      if (typeof body.name !== 'string' || body.name.trim() === '' || body.name.length > 500) throw new PulseError('validation_failed', 'name must be 1–500 characters', { details: [{ field: 'name', message: '1–500 characters' }] });
      set.name = body.name.trim();
    }
    const interval = intervalField(body.interval);
    if (interval !== null) set.poll_interval_seconds = interval;
    if (body.paused !== undefined) {
      if (typeof body.paused !== 'boolean') throw new PulseError('validation_failed', 'paused must be true or false', { details: [{ field: 'paused', message: 'a boolean' }] });
      if (body.paused) Object.assign(set, { paused: true, status: 'paused', pause_reason: 'paused by an editor' });
      // Resuming clears the failure streak and polls at once.
      else Object.assign(set, { paused: false, status: 'active', pause_reason: null, error_count: 0, retry_after_until: null, next_poll_at: sql`now()` });
    }
    const row = await db.kysely.updateTable('sources').set(set).where('id', '=', id).returningAll().executeTakeFirst();
    if (!row) throw new PulseError('not_found', `source ${id} does not exist`);
    return toSourceView(row);
  });

  app.delete<{ Params: { id: string } }>('/api/sources/:id', { onRequest: admin }, async (request) => {
    const row = await removeSource(db.kysely, parseSourceId(request.params.id));
    return { id: row.id, url: row.url, name: row.name, removed: true };
  });

  app.post<{ Params: { id: string } }>('/api/sources/:id/poll', { onRequest: editor }, async (request) => {
    const id = parseSourceId(request.params.id);
    await getSource(db.kysely, id);
    // The stories it finds are extracted by the workers (their jobs are queued with them).
    return pollSource({ db, fetcher, logger: deps.logger, now }, id);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listAnalyses, loadAnalysis, loadRevisions } from '../../desk/analysis-view.ts';
import { createAnalysis, handoverAnalysis, publishAnalysis, retractAnalysis, unscheduleAnalysis, updateAnalysis, type DeskDeps } from '../../desk/analyses.ts';
import { createEditor } from '../../desk/editors.ts';
import { leaseStoryOrEvent } from '../../desk/event-claims.ts';
import { getStory, listQueue } from '../../desk/story-queue.ts';
import { eventsRoutes } from './events.ts';
import { loadChecks } from '../../drafts/draft-repository.ts';
import {
  analysisQuerySchema,
  claimSchema,
  createAnalysisSchema,
  dismissSchema,
  handoverSchema,
  newEditorSchema,
  parseBody,
  parseId,
  patchAnalysisSchema,
  publishSchema,
  releaseSchema,
  retractSchema,
  storyQuerySchema,
  unscheduleSchema,
} from '../../desk/validation.ts';
import { PulseError } from '../../errors.ts';
import type { AppDeps } from '../app.ts';
import { editorOf, requireEditor } from '../auth.ts';
import { deskPages } from '../../desk/pages/routes.ts';

/** Editorial API (/api/stories, /api/analyses, /api/editors) and the HTML desk at /desk. */
export async function deskRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const desk: DeskDeps = { db: deps.db, config: deps.config, now: deps.now ?? (() => new Date()) };
  await deskApi(app, deps, desk);
  await eventsRoutes(app, deps, desk);
  await app.register(async (scope) => deskPages(scope, deps, desk));
}

/**
 * Refuses a request body that is not JSON with 415 (Fastify parses text/plain too; the API speaks
 * JSON only). A request without a body passes: claim, release, publish now need none.
 */
export async function requireJsonBody(request: FastifyRequest): Promise<void> {
  const hasBody = request.headers['content-length'] !== undefined ? request.headers['content-length'] !== '0' : request.headers['transfer-encoding'] !== undefined;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (hasBody && type !== 'application/json' && !type.endsWith('+json')) {
    throw new PulseError('unsupported_media_type', `the API takes application/json bodies (got ${type || 'no content type'})`);
  }
}

export function adminForForce(request: FastifyRequest, force: boolean | undefined): void {
  if (force && editorOf(request).role !== 'admin') throw new PulseError('forbidden', 'only an admin may break another editor\'s claim (force: true)');
}

async function deskApi(app: FastifyInstance, deps: AppDeps, desk: DeskDeps): Promise<void> {
  const editor = { onRequest: requireEditor(deps), preValidation: requireJsonBody };
  const admin = { onRequest: requireEditor(deps, 'admin'), preValidation: requireJsonBody };
  const db = deps.db.kysely;
  const baseUrl = deps.config.baseUrl;

  // --- desk queue -----------------------------------------------------------------------------
  app.get('/api/stories', editor, async (request) => {
    const q = parseBody(storyQuerySchema, request.query, 'GET /api/stories');
    return listQueue(db, q, desk.now());
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', editor, async (request) => getStory(db, parseId(request.params.id), desk.now()));

  // SPEC: claim, release and dismiss on a story act on the story's event (src/desk/event-claims.ts).
  const storyLease = (action: 'claim' | 'release' | 'dismiss') =>
    app.post<{ Params: { id: string } }>(`/api/stories/:id/${action}`, editor, async (request) => {
      const id = parseId(request.params.id);
      const body = parseBody(action === 'dismiss' ? dismissSchema : action === 'claim' ? claimSchema : releaseSchema, request.body, action) as { force?: boolean; reason?: string };
      adminForForce(request, body.force);
      const now = desk.now();
      await leaseStoryOrEvent(db, editorOf(request), id, action, now, { force: body.force ?? false, reason: body.reason || null });
      return getStory(db, id, now);
    });
  storyLease('claim');
  storyLease('release');
  storyLease('dismiss');

  // --- analyses -------------------------------------------------------------------------------
  app.get('/api/analyses', editor, async (request) => {
    const q = parseBody(analysisQuerySchema, request.query, 'GET /api/analyses');
    return listAnalyses(db, q, baseUrl);
  });

  app.post('/api/analyses', editor, async (request, reply: FastifyReply) => {
    const input = parseBody(createAnalysisSchema, request.body, 'POST /api/analyses');
    const view = await createAnalysis(desk, editorOf(request), input);
    return reply.status(201).header('location', `/api/analyses/${view.id}`).send(view);
  });

  app.get<{ Params: { id: string } }>('/api/analyses/:id', editor, async (request) => {
    const id = parseId(request.params.id);
    const view = await loadAnalysis(db, id, baseUrl);
    return { ...view, revisions: await loadRevisions(db, id), checks: await loadChecks(db, id) };
  });

  app.patch<{ Params: { id: string } }>('/api/analyses/:id', editor, async (request) => {
    const id = parseId(request.params.id);
    return updateAnalysis(desk, editorOf(request), id, parseBody(patchAnalysisSchema, request.body, 'PATCH /api/analyses/:id'));
  });

  app.post<{ Params: { id: string } }>('/api/analyses/:id/publish', editor, async (request) => {
    const id = parseId(request.params.id);
    return publishAnalysis(desk, editorOf(request), id, parseBody(publishSchema, request.body, 'publish'));
  });

  app.post<{ Params: { id: string } }>('/api/analyses/:id/unschedule', editor, async (request) => {
    const id = parseId(request.params.id);
    return unscheduleAnalysis(desk, editorOf(request), id, parseBody(unscheduleSchema, request.body, 'unschedule'));
  });

  app.post<{ Params: { id: string } }>('/api/analyses/:id/retract', editor, async (request) => {
    const id = parseId(request.params.id);
    return retractAnalysis(desk, editorOf(request), id, parseBody(retractSchema, request.body, 'retract'));
  });

  app.post<{ Params: { id: string } }>('/api/analyses/:id/handover', admin, async (request) => {
    const id = parseId(request.params.id);
    return handoverAnalysis(desk, editorOf(request), id, parseBody(handoverSchema, request.body, 'handover'));
  });

  // --- editors --------------------------------------------------------------------------------
  app.post('/api/editors', admin, async (request, reply) => {
    const input = parseBody(newEditorSchema, request.body, 'POST /api/editors');
    const created = await createEditor(db, input);
    return reply.status(201).header('cache-control', 'no-store').send(created);
  });
}

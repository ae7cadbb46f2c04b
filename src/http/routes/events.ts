import type { FastifyInstance } from 'fastify';
import type { DeskDeps } from '../../desk/analyses.ts';
import { assertEventDone, claimEvent, dismissEvent, releaseEvent, restoreEvent } from '../../desk/event-claims.ts';
import { getDeskEvent, listDeskEvents } from '../../desk/event-queue.ts';
import { mergeOnDesk, moveOnDesk } from '../../desk/event-corrections.ts';
import { getStory } from '../../desk/story-queue.ts';
import { claimSchema, dismissSchema, eventQuerySchema, mergeSchema, moveSchema, parseBody, parseId, releaseSchema, restoreSchema } from '../../desk/validation.ts';
import { mergeEvents, moveStory } from '../../events/corrections.ts';
import type { AppDeps } from '../app.ts';
import { editorOf, requireEditor } from '../auth.ts';
import { adminForForce, requireJsonBody } from './desk.ts';

/**
 * Events API (SPEC "HTTP, editorial"): the ranked desk queue of events, one event with its
 * stories, the lease operations on an event, and the editors' grouping corrections (merge, move).
 * Every write answers the event (or, for a move, the story) as it now is.
 */
export async function eventsRoutes(app: FastifyInstance, deps: AppDeps, desk: DeskDeps): Promise<void> {
  const editor = { onRequest: requireEditor(deps), preValidation: requireJsonBody };
  const db = deps.db.kysely;

  app.get('/api/events', editor, async (request) => listDeskEvents(db, parseBody(eventQuerySchema, request.query, 'GET /api/events'), desk.now()));

  app.get<{ Params: { id: string } }>('/api/events/:id', editor, async (request) => getDeskEvent(db, parseId(request.params.id), desk.now()));

  app.post<{ Params: { id: string } }>('/api/events/:id/claim', editor, async (request) => {
    const id = parseId(request.params.id);
    const body = parseBody(claimSchema, request.body, 'claim');
    adminForForce(request, body.force);
    const now = desk.now();
    assertEventDone(await claimEvent(db, editorOf(request), id, now, { force: body.force ?? false }), 'claim', `event ${id}`);
    return getDeskEvent(db, id, now);
  });

  app.post<{ Params: { id: string } }>('/api/events/:id/release', editor, async (request) => {
    const id = parseId(request.params.id);
    const body = parseBody(releaseSchema, request.body, 'release');
    adminForForce(request, body.force);
    const now = desk.now();
    assertEventDone(await releaseEvent(db, editorOf(request), id, now, { force: body.force ?? false }), 'release', `event ${id}`);
    return getDeskEvent(db, id, now);
  });

  app.post<{ Params: { id: string } }>('/api/events/:id/dismiss', editor, async (request) => {
    const id = parseId(request.params.id);
    const body = parseBody(dismissSchema, request.body, 'dismiss');
    adminForForce(request, body.force);
    const now = desk.now();
    assertEventDone(await dismissEvent(db, editorOf(request), id, now, { reason: body.reason || null, force: body.force ?? false }), 'dismiss', `event ${id}`);
    return getDeskEvent(db, id, now);
  });

  // Undo of a dismissal (issue 11 point 10): by the editor who dismissed it, or an admin.
  app.post<{ Params: { id: string } }>('/api/events/:id/restore', editor, async (request) => {
    const id = parseId(request.params.id);
    parseBody(restoreSchema, request.body, 'restore');
    const now = desk.now();
    assertEventDone(await restoreEvent(db, editorOf(request), id, now), 'restore', `event ${id}`);
    return getDeskEvent(db, id, now);
  });

  // SPEC: `{"event_id": N}` folds event N into this one (src/events does the grouping; the desk checks claims).
  app.post<{ Params: { id: string } }>('/api/events/:id/merge', editor, async (request) => {
    const id = parseId(request.params.id);
    const body = parseBody(mergeSchema, request.body, 'merge');
    const now = desk.now();
    await mergeOnDesk(db, editorOf(request), id, body.event_id, now, mergeEvents);
    return getDeskEvent(db, id, now);
  });

  // SPEC: `{"event_id": N}` moves the story into event N; `null` gives it an event of its own.
  app.post<{ Params: { id: string } }>('/api/stories/:id/move', editor, async (request) => {
    const id = parseId(request.params.id);
    const body = parseBody(moveSchema, request.body, 'move');
    const now = desk.now();
    await moveOnDesk(db, editorOf(request), id, body.event_id, now, moveStory);
    return getStory(db, id, now);
  });
}

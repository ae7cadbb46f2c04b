import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPulseError, PulseError } from '../../errors.ts';
import { csrfOf, editorOf } from '../../http/auth.ts';
import type { AppDeps } from '../../http/app.ts';
import type { DeskDeps } from '../analyses.ts';
import { claimEvent, dismissEvent, leaseStoryOrEvent, releaseEvent, restoreEvent, assertEventDone, type EventLeaseOutcome } from '../event-claims.ts';
import { mergeOnDesk, moveOnDesk } from '../event-corrections.ts';
import { getDeskEvent, listDeskEvents } from '../event-queue.ts';
import { mergeEvents, moveStory } from '../../events/corrections.ts';
import { getStory, listQueue } from '../story-queue.ts';
import { eventQuerySchema, fieldProblems, parseId } from '../validation.ts';
import { html, type SafeHtml } from './html.ts';
import { heldLine } from './human-time.ts';
import type { LayoutOptions } from './layout.ts';
import { dismissPage, eventCard, queuePage } from './queue-page.ts';
import { storyPage } from './story-page.ts';

/** Renders a desk page (routes.ts' `page`). */
export type RenderPage = (reply: FastifyReply, request: FastifyRequest, opts: Omit<LayoutOptions, 'editor' | 'csrf'>, body: SafeHtml, status?: number) => unknown;

function field(body: unknown, name: string): string {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v : '';
}

/**
 * The desk's queue of events and its actions (issue 10 item 4, issue 11 points 9–11): GET pages,
 * and POST forms that always answer 303 (Post/Redirect/Get) — a refused claim too, to the event's
 * page, which tells who holds it and until when — so the browser never sits on a POST URL.
 */
export async function queueRoutes(app: FastifyInstance, deps: AppDeps, desk: DeskDeps, page: RenderPage): Promise<void> {
  const db = deps.db.kysely;
  const force = (request: FastifyRequest) => {
    const f = field(request.body, 'force') === '1';
    if (f && editorOf(request).role !== 'admin') throw new PulseError('forbidden', 'only an admin may break another editor’s claim');
    return f;
  };

  app.get('/desk', async (request, reply) => {
    const raw = request.query as Record<string, string | undefined>;
    const parsed = eventQuerySchema.safeParse({ status: raw.status || undefined, q: raw.q || undefined, cursor: raw.cursor || undefined });
    const query = parsed.success ? parsed.data : {};
    const now = desk.now();
    const status = query.status ?? 'open';
    const [events, ungrouped] = await Promise.all([
      listDeskEvents(db, { ...query, limit: 50 }, now),
      // Stories extracted before grouping ran have no event yet: they stay workable on their own.
      status === 'open' && !query.cursor ? listQueue(db, { status: 'ready', q: query.q, ungrouped: true, limit: 50 }, now) : Promise.resolve({ items: [] }),
    ]);
    return page(
      reply,
      request,
      { title: 'Queue', current: 'queue', error: parsed.success ? null : `Filters ignored: ${fieldProblems(parsed.error).map((p) => `${p.field}: ${p.message}`).join('; ')}` },
      queuePage({ events: events.items, nextCursor: events.next_cursor, ungrouped: ungrouped.items, filters: { status, q: query.q ?? '' }, editor: editorOf(request), csrf: csrfOf(request), now }),
    );
  });

  /** The error line for a claim refused a moment ago, told from the event as it is now. */
  const heldNotice = (request: FastifyRequest, claim: { editor_id: number; editor_name: string; expires_at: string } | null): string | null => {
    if ((request.query as Record<string, unknown>).notice !== 'held') return null;
    if (!claim) return 'Someone else held this a moment ago; it is free again now.';
    if (claim.editor_id === editorOf(request).id) return null;
    return `${claim.editor_name} got there first. ${heldLine(claim, false, desk.now())}.`;
  };

  app.get<{ Params: { id: string } }>('/desk/events/:id', async (request, reply) => {
    const now = desk.now();
    const event = await getDeskEvent(db, parseId(request.params.id), now);
    const others = (await listDeskEvents(db, { status: 'open', limit: 30 }, now)).items.filter((e) => e.id !== event.id).map((e) => ({ id: e.id, title: e.title }));
    return page(
      reply,
      request,
      { title: event.title || `Event ${event.id}`, current: 'queue', error: heldNotice(request, event.claim) },
      html`<p class="small"><a href="/desk">← Queue</a> · event #${event.id}</p>${eventCard(event, editorOf(request), csrfOf(request), now, { open: true, mergeChoices: others })}`,
    );
  });

  app.get<{ Params: { id: string } }>('/desk/events/:id/dismiss', async (request, reply) => {
    const event = await getDeskEvent(db, parseId(request.params.id), desk.now());
    return page(reply, request, { title: `Dismiss: ${event.title}`, current: 'queue' }, dismissPage(event, csrfOf(request)));
  });

  /** Runs an event action; a refusal that is a matter of state (held, already dismissed…) goes back to the event page. */
  const eventAction = (action: 'claim' | 'release' | 'dismiss' | 'restore', run: (request: FastifyRequest, id: number) => Promise<EventLeaseOutcome>, done: (id: number) => string) =>
    app.post<{ Params: { id: string } }>(`/desk/events/:id/${action}`, async (request, reply) => {
      const id = parseId(request.params.id);
      const outcome = await run(request, id);
      if (outcome.kind === 'held') return reply.redirect(`/desk/events/${id}?notice=held`, 303);
      if (outcome.kind === 'wrong-status') return reply.redirect(`/desk/events/${id}?notice=unchanged`, 303);
      assertEventDone(outcome, action, `event ${id}`);
      return reply.redirect(done(id), 303);
    });
  eventAction('claim', (r, id) => claimEvent(db, editorOf(r), id, desk.now(), { force: force(r) }), (id) => `/desk/events/${id}?notice=claimed`);
  eventAction('release', (r, id) => releaseEvent(db, editorOf(r), id, desk.now(), { force: force(r) }), () => '/desk?notice=released');
  eventAction('dismiss', (r, id) => dismissEvent(db, editorOf(r), id, desk.now(), { reason: field(r.body, 'reason').trim().slice(0, 1000) || null, force: force(r) }), (id) => `/desk/events/${id}?notice=dismissed`);
  eventAction('restore', (r, id) => restoreEvent(db, editorOf(r), id, desk.now()), (id) => `/desk/events/${id}?notice=restored`);

  app.get<{ Params: { id: string } }>('/desk/stories/:id', async (request, reply) => {
    const now = desk.now();
    const story = await getStory(db, parseId(request.params.id), now);
    const event = story.event_id !== null ? await getDeskEvent(db, story.event_id, now) : null;
    return page(
      reply,
      request,
      { title: story.title || `Story ${story.id}`, current: 'queue', error: heldNotice(request, event ? event.claim : story.claim) },
      storyPage({ story, event, editor: editorOf(request), csrf: csrfOf(request), now }),
    );
  });

  // Story-level actions act on the story's event (SPEC); a refusal goes back to the story page.
  const storyAction = (action: 'claim' | 'release' | 'dismiss', done: (id: number, eventId: number | null) => string) =>
    app.post<{ Params: { id: string } }>(`/desk/stories/:id/${action}`, async (request, reply) => {
      const id = parseId(request.params.id);
      try {
        const { eventId } = await leaseStoryOrEvent(db, editorOf(request), id, action, desk.now(), { force: force(request), reason: field(request.body, 'reason').trim().slice(0, 1000) || null });
        return reply.redirect(done(id, eventId), 303);
      } catch (err) {
        if (!isPulseError(err, 'conflict')) throw err;
        return reply.redirect(`/desk/stories/${id}?notice=${(err.details as { holder?: unknown } | null)?.holder ? 'held' : 'unchanged'}`, 303);
      }
    });
  storyAction('claim', (id) => `/desk/stories/${id}?notice=claimed`);
  storyAction('release', () => '/desk?notice=released');
  storyAction('dismiss', (id, eventId) => (eventId !== null ? `/desk/events/${eventId}?notice=dismissed` : '/desk?notice=dismissed'));

  /** A correction refused because a colleague holds one of the events: to that event's page, which says who. */
  const heldRedirect = (reply: FastifyReply, err: unknown) => {
    if (!isPulseError(err, 'conflict')) throw err;
    const eventId = (err.details as { event_id?: unknown } | null)?.event_id;
    if (typeof eventId !== 'number') throw err;
    return reply.redirect(`/desk/events/${eventId}?notice=held`, 303);
  };

  // "Merge into…": this event folds into the one the editor names.
  app.post<{ Params: { id: string } }>('/desk/events/:id/merge', async (request, reply) => {
    const id = parseId(request.params.id);
    const into = parseId(field(request.body, 'into').trim().replace(/^#/, ''), 'into');
    try {
      await mergeOnDesk(db, editorOf(request), into, id, desk.now(), mergeEvents);
    } catch (err) {
      return heldRedirect(reply, err);
    }
    return reply.redirect(`/desk/events/${into}?notice=merged`, 303);
  });

  // "Move": the story goes to the event named, or (left empty) to an event of its own.
  app.post<{ Params: { id: string } }>('/desk/stories/:id/move', async (request, reply) => {
    const id = parseId(request.params.id);
    const raw = field(request.body, 'event_id').trim().replace(/^#/, '');
    const target = raw === '' ? null : parseId(raw, 'event_id');
    let moved: { eventId: number };
    try {
      moved = await moveOnDesk(db, editorOf(request), id, target, desk.now(), moveStory);
    } catch (err) {
      return heldRedirect(reply, err);
    }
    return reply.redirect(`/desk/events/${moved.eventId}?notice=moved`, 303);
  });
}

import { sql, type SqlBool, type Transaction } from 'kysely';
import type { Database, EventStatus } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Executor } from '../queue/types.ts';
import type { Editor } from './editors.ts';
import { assertLeaseDone, CLAIM_LEASE_MS, claimStory, dismissStory, releaseStory } from './story-queue.ts';

/**
 * Claims on events (SPEC "Desk queue: events … claimable with a lease that expires (no two editors
 * on one event)"). Every claim, release, dismissal and restore is ONE conditional UPDATE of the
 * event row: two editors claiming at once — the same event, or two stories of it — both reach
 * that row, the row lock makes the second UPDATE re-check its WHERE against the first one's
 * result, and exactly one wins. A claim whose lease has expired counts as open everywhere, so no
 * sweep is needed for correctness.
 *
 * Story status follows its event (the decision for issue 10 item 4): in the same transaction the
 * event's stories that are on the desk (ready, claimed, dismissed) are set from the event row —
 * open → ready, claimed → claimed (same holder and lease), dismissed → dismissed (same reason),
 * used → used. So `GET /api/stories?status=claimed`, the story page and the analysis checks read
 * the same truth as the events queue. Stories not yet extracted, failed or used are left alone.
 */

/** What a lease operation on an event came to (expected outcomes are values; routes map them). */
export type EventLeaseOutcome =
  | { kind: 'done'; eventId: number }
  | { kind: 'not-found' }
  | { kind: 'held'; eventId: number; holder: { id: number; name: string }; expiresAt: Date }
  | { kind: 'wrong-status'; eventId: number; status: EventStatus }
  | { kind: 'not-yours'; eventId: number; dismissedBy: { id: number; name: string } | null };

export type EventAction = 'claim' | 'release' | 'dismiss' | 'restore';

type Trx = Transaction<Database>;

/** Runs `fn` in the caller's transaction, or in a new one. */
async function inTransaction<T>(db: Executor, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Trx) : db.transaction().execute(fn);
}

/** Sets the desk status of event `eventId`'s stories from the event row (see above); returns how many changed. */
export async function syncEventStories(db: Executor, eventId: number, now: Date): Promise<number> {
  const r = await sql`
    update stories s set
      status = case e.status when 'claimed' then 'claimed' when 'dismissed' then 'dismissed' when 'used' then 'used' else 'ready' end,
      claimed_by = case when e.status = 'claimed' then e.claimed_by end,
      claimed_at = case when e.status = 'claimed' then e.claimed_at end,
      claim_expires_at = case when e.status = 'claimed' then e.claim_expires_at end,
      dismissed_reason = case when e.status = 'dismissed' then e.dismissed_reason end,
      updated_at = ${now}
    from events e
    where e.id = s.event_id and s.event_id = ${eventId} and s.status in ('ready', 'claimed', 'dismissed')`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Returns the event story `storyId` belongs to: `{eventId}` (null when not grouped yet), or null when there is no such story. */
export async function eventOfStory(db: Executor, storyId: number): Promise<{ eventId: number | null } | null> {
  const row = await db.selectFrom('stories').select('event_id').where('id', '=', storyId).executeTakeFirst();
  return row ? { eventId: row.event_id } : null;
}

/**
 * Claims event `id` for `editor` for 30 minutes: it succeeds when the event is open, claimed with
 * an expired lease, already claimed by this editor (a renewal, keeping when it was first taken),
 * or `force` (an admin breaking the lease).
 */
export async function claimEvent(db: Executor, editor: Editor, id: number, now: Date, opts: { force?: boolean } = {}): Promise<EventLeaseOutcome> {
  return inTransaction(db, async (trx) => {
    const expires = new Date(now.getTime() + CLAIM_LEASE_MS);
    const updated = await trx
      .updateTable('events as e')
      .set({
        status: 'claimed',
        claimed_by: editor.id,
        claimed_at: sql`case when e.status = 'claimed' and e.claimed_by = ${editor.id} and e.claim_expires_at > ${now} then e.claimed_at else ${now}::timestamptz end`,
        claim_expires_at: expires,
        updated_at: now,
      })
      .where('e.id', '=', id)
      .where((eb) =>
        opts.force
          ? eb('e.status', 'in', ['open', 'claimed'])
          : eb.or([eb('e.status', '=', 'open'), eb.and([eb('e.status', '=', 'claimed'), eb.or([eb('e.claim_expires_at', '<=', now), eb('e.claimed_by', '=', editor.id)])])]),
      )
      .returning('e.id')
      .executeTakeFirst();
    if (!updated) return explainEventRefusal(trx, id, now);
    await syncEventStories(trx, id, now);
    return { kind: 'done', eventId: id };
  });
}

/** Gives event `id` back to the queue: the holder may (expired or not); an admin with `force` may break anyone's claim. */
export async function releaseEvent(db: Executor, editor: Editor, id: number, now: Date, opts: { force?: boolean } = {}): Promise<EventLeaseOutcome> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('events as e')
      .set({ status: 'open', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
      .where('e.id', '=', id)
      .where('e.status', '=', 'claimed')
      .where((eb) => (opts.force ? sql<SqlBool>`true` : eb('e.claimed_by', '=', editor.id)))
      .returning('e.id')
      .executeTakeFirst();
    if (updated) {
      await syncEventStories(trx, id, now);
      return { kind: 'done', eventId: id };
    }
    const refusal = await explainEventRefusal(trx, id, now);
    // Releasing an event nobody holds any more (lease expired) leaves it where it is: open.
    if (refusal.kind === 'wrong-status' && refusal.status === 'open') return { kind: 'done', eventId: id };
    return refusal;
  });
}

/** Takes event `id` off the desk with a reason: from the queue, from the editor's own claim, or (admin, `force`) from anyone's. */
export async function dismissEvent(db: Executor, editor: Editor, id: number, now: Date, opts: { reason: string | null; force?: boolean }): Promise<EventLeaseOutcome> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('events as e')
      .set({ status: 'dismissed', dismissed_reason: opts.reason, dismissed_by: editor.id, dismissed_at: now, claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
      .where('e.id', '=', id)
      .where((eb) =>
        eb.or([
          eb('e.status', '=', 'open'),
          eb.and([eb('e.status', '=', 'claimed'), opts.force ? sql<SqlBool>`true` : eb.or([eb('e.claim_expires_at', '<=', now), eb('e.claimed_by', '=', editor.id)])]),
        ]),
      )
      .returning('e.id')
      .executeTakeFirst();
    if (!updated) return explainEventRefusal(trx, id, now);
    await syncEventStories(trx, id, now);
    return { kind: 'done', eventId: id };
  });
}

/** Undoes a dismissal (issue 11 point 10): the event is open again. Only the editor who dismissed it, or an admin, may. */
export async function restoreEvent(db: Executor, editor: Editor, id: number, now: Date): Promise<EventLeaseOutcome> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('events as e')
      .set({ status: 'open', dismissed_reason: null, dismissed_by: null, dismissed_at: null, updated_at: now })
      .where('e.id', '=', id)
      .where('e.status', '=', 'dismissed')
      .where((eb) => (editor.role === 'admin' ? sql<SqlBool>`true` : eb('e.dismissed_by', '=', editor.id)))
      .returning('e.id')
      .executeTakeFirst();
    if (updated) {
      await syncEventStories(trx, id, now);
      return { kind: 'done', eventId: id };
    }
    const row = await trx
      .selectFrom('events as e')
      .leftJoin('editors as d', 'd.id', 'e.dismissed_by')
      .select(['e.status', 'e.dismissed_by', 'd.name'])
      .where('e.id', '=', id)
      .executeTakeFirst();
    if (row?.status === 'dismissed') return { kind: 'not-yours', eventId: id, dismissedBy: row.dismissed_by !== null ? { id: row.dismissed_by, name: row.name ?? `editor ${row.dismissed_by}` } : null };
    return explainEventRefusal(trx, id, now);
  });
}

/**
 * Claims, inside the caller's transaction, every event an analysis is being built on for its
 * creator (SPEC "Creating an analysis on stories or an event nobody holds claims the event for its
 * creator; on one a colleague holds, 409 naming the holder"). Events taken in id order, so two
 * editors each creating an analysis over the same two events cannot deadlock. Used or dismissed
 * events are left as they are (an analysis may follow up on them).
 */
export async function claimEventsForAnalysis(trx: Trx, editor: Editor, eventIds: number[], now: Date): Promise<void> {
  for (const id of [...new Set(eventIds)].sort((a, b) => a - b)) {
    const outcome = await claimEvent(trx, editor, id, now);
    if (outcome.kind === 'held') throw heldError(outcome, 'an analysis can only be built on events you hold or nobody holds');
    if (outcome.kind === 'not-found') throw new PulseError('validation_failed', `event_id: no event ${id}`, { details: [{ field: 'event_id', message: `unknown event ${id}` }] });
  }
}

/** Marks used, inside the caller's transaction, the events analysis `analysisId` is built on (its event and its stories' events). */
export async function markEventsUsed(trx: Trx, analysisId: number, now: Date): Promise<number[]> {
  const rows = await trx
    .updateTable('events')
    .set({ status: 'used', claimed_by: null, claimed_at: null, claim_expires_at: null, dismissed_reason: null, dismissed_by: null, dismissed_at: null, updated_at: now })
    .where('status', '<>', 'used')
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('analyses').select('event_id').where('id', '=', analysisId).where('event_id', 'is not', null).$narrowType<{ event_id: number }>()),
        eb('id', 'in', eb.selectFrom('stories as s').innerJoin('analysis_stories as a', 'a.story_id', 's.id').select('s.event_id').where('a.analysis_id', '=', analysisId).where('s.event_id', 'is not', null).$narrowType<{ event_id: number }>()),
      ]),
    )
    .returning('id')
    .execute();
  for (const r of rows) await syncEventStories(trx, r.id, now);
  return rows.map((r) => r.id);
}

/** Reads why a conditional UPDATE on event `id` touched nothing. */
async function explainEventRefusal(db: Executor, id: number, now: Date): Promise<EventLeaseOutcome> {
  const row = await db
    .selectFrom('events as e')
    .leftJoin('editors as h', 'h.id', 'e.claimed_by')
    .select(['e.status', 'e.claimed_by', 'e.claim_expires_at', 'h.name'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) return { kind: 'not-found' };
  if (row.status === 'claimed' && row.claimed_by !== null && row.claim_expires_at !== null) {
    if (row.claim_expires_at > now) return { kind: 'held', eventId: id, holder: { id: row.claimed_by, name: row.name ?? `editor ${row.claimed_by}` }, expiresAt: row.claim_expires_at };
    return { kind: 'wrong-status', eventId: id, status: 'open' };
  }
  return { kind: 'wrong-status', eventId: id, status: row.status };
}

function heldError(outcome: Extract<EventLeaseOutcome, { kind: 'held' }>, tail?: string): PulseError {
  return new PulseError('conflict', `event ${outcome.eventId} is claimed by ${outcome.holder.name} until ${outcome.expiresAt.toISOString()}${tail ? `; ${tail}` : ''}`, {
    details: { event_id: outcome.eventId, holder: outcome.holder, expires_at: outcome.expiresAt.toISOString() },
  });
}

/** Throws the HTTP-mapped error for a refused operation on event `id` (`what` names what the caller asked for, e.g. "story 7"); returns on success. */
export function assertEventDone(outcome: EventLeaseOutcome, action: EventAction, what: string): void {
  switch (outcome.kind) {
    case 'done':
      return;
    case 'not-found':
      throw new PulseError('not_found', `${what} not found`);
    case 'held':
      throw heldError(outcome);
    case 'not-yours':
      throw new PulseError('forbidden', `event ${outcome.eventId} was dismissed by ${outcome.dismissedBy?.name ?? 'another editor'}: only they or an admin may restore it`, {
        details: { event_id: outcome.eventId, dismissed_by: outcome.dismissedBy },
      });
    case 'wrong-status': {
      const why: Record<EventAction, string> = {
        claim: 'only open events can be claimed',
        release: 'it is not claimed by you',
        dismiss: 'only open events (or your own claim) can be dismissed',
        restore: 'only a dismissed event can be restored',
      };
      throw new PulseError('conflict', `event ${outcome.eventId} is ${outcome.status}; ${why[action]}`, { details: { event_id: outcome.eventId, status: outcome.status } });
    }
  }
}

/**
 * Claims, releases or dismisses story `storyId` the SPEC way: on its event (SPEC
 * `POST /api/stories/:id/claim|release|dismiss` "act on the story's event"). A story not grouped
 * into an event yet (extracted before grouping ran) keeps the story-level lease. Throws the
 * HTTP-mapped error when refused; returns the event acted on (null for the story-level fallback).
 */
export async function leaseStoryOrEvent(
  db: Executor,
  editor: Editor,
  storyId: number,
  action: 'claim' | 'release' | 'dismiss',
  now: Date,
  opts: { force?: boolean; reason?: string | null } = {},
): Promise<{ eventId: number | null }> {
  const target = await eventOfStory(db, storyId);
  if (!target) throw new PulseError('not_found', `story ${storyId} not found`);
  const force = opts.force ?? false;
  if (target.eventId === null) {
    const outcome =
      action === 'claim' ? await claimStory(db, editor, storyId, now, { force }) : action === 'release' ? await releaseStory(db, editor, storyId, now, { force }) : await dismissStory(db, editor, storyId, now, { reason: opts.reason ?? null, force });
    assertLeaseDone(outcome, storyId, action);
    return { eventId: null };
  }
  const id = target.eventId;
  const outcome =
    action === 'claim' ? await claimEvent(db, editor, id, now, { force }) : action === 'release' ? await releaseEvent(db, editor, id, now, { force }) : await dismissEvent(db, editor, id, now, { reason: opts.reason ?? null, force });
  assertEventDone(outcome, action, `story ${storyId}`);
  return { eventId: id };
}

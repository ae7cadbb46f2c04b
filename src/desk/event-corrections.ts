import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import type { Editor } from './editors.ts';
import { syncEventStories } from './event-claims.ts';

/**
 * The desk's side of an editor's grouping corrections (SPEC "Editors correct the grouping: merge
 * two events, move a story out"). The grouping itself is src/events' (mergeEvents, moveStory,
 * passed in); here: who may, and the claims. A correction touches events no colleague holds —
 * else 409 naming the holder, as for a claim (an admin may) — and the stories that land in an
 * event take that event's status (src/desk/event-claims.ts: story status follows its event).
 * The events are locked in id order first, the order every claim takes them in.
 */
export type MergeEventsFn = (trx: Transaction<Database>, targetEventId: number, fromEventId: number, editorId: number | null) => Promise<{ eventId: number }>;
export type MoveStoryFn = (trx: Transaction<Database>, storyId: number, targetEventId: number | null, editorId: number | null) => Promise<{ eventId: number; fromEventId: number | null }>;

async function lockFreeForEditor(trx: Transaction<Database>, editor: Editor, ids: number[], now: Date): Promise<void> {
  const wanted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await trx
    .selectFrom('events as e')
    .leftJoin('editors as h', 'h.id', 'e.claimed_by')
    .select(['e.id', 'e.status', 'e.claimed_by', 'e.claim_expires_at', 'h.name'])
    .where('e.id', 'in', wanted)
    .orderBy('e.id')
    .forUpdate('e')
    .execute();
  for (const id of wanted) if (!rows.some((r) => r.id === id)) throw new PulseError('not_found', `event ${id} not found`);
  if (editor.role === 'admin') return;
  const held = rows.find((r) => r.status === 'claimed' && r.claimed_by !== null && r.claimed_by !== editor.id && r.claim_expires_at !== null && r.claim_expires_at > now);
  if (held) {
    const holder = { id: held.claimed_by!, name: held.name ?? `editor ${held.claimed_by}` };
    throw new PulseError('conflict', `event ${held.id} is claimed by ${holder.name} until ${held.claim_expires_at!.toISOString()}; only its holder (or an admin) may regroup it`, {
      details: { event_id: held.id, holder, expires_at: held.claim_expires_at!.toISOString() },
    });
  }
}

/** Folds event `fromId` into `targetId` for `editor`; returns the target's id. */
export async function mergeOnDesk(db: Kysely<Database>, editor: Editor, targetId: number, fromId: number, now: Date, merge: MergeEventsFn): Promise<number> {
  if (targetId === fromId) throw new PulseError('validation_failed', `event_id: event ${fromId} cannot be merged into itself`, { details: [{ field: 'event_id', message: 'must be another event' }] });
  return db.transaction().execute(async (trx) => {
    await lockFreeForEditor(trx, editor, [targetId, fromId], now);
    const { eventId } = await merge(trx, targetId, fromId, editor.id);
    await syncEventStories(trx, eventId, now);
    return eventId;
  });
}

/** Moves story `storyId` into event `targetId` (null: an event of its own) for `editor`; returns where it went. */
export async function moveOnDesk(db: Kysely<Database>, editor: Editor, storyId: number, targetId: number | null, now: Date, move: MoveStoryFn): Promise<{ eventId: number; fromEventId: number | null }> {
  return db.transaction().execute(async (trx) => {
    const story = await trx.selectFrom('stories').select('event_id').where('id', '=', storyId).executeTakeFirst();
    if (!story) throw new PulseError('not_found', `story ${storyId} not found`);
    await lockFreeForEditor(trx, editor, [story.event_id, targetId].filter((x): x is number => x !== null), now);
    const moved = await move(trx, storyId, targetId, editor.id);
    await syncEventStories(trx, moved.eventId, now);
    return moved;
  });
}

import { sql, type Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { jsonb } from '../db/json.ts';
import type { AnalysisRow, Database } from '../db/schema.ts';
import { PulseError } from '../errors.ts';
import { feedsChanged } from '../publish/feeds-changed.ts';
import { analysisGuid } from '../publish/urls.ts';
import type { Executor } from '../queue/types.ts';
import { loadAnalysis, type AnalysisView } from './analysis-view.ts';
import { isUniqueViolation, type Editor } from './editors.ts';
import { claimEventsForAnalysis, markEventsUsed } from './event-claims.ts';
import { draftAnalysis, attributionOrder } from '../drafts/draft.ts';
import { deskCategories, loadDraftSources } from '../drafts/draft-repository.ts';
import type { Draft } from '../drafts/types.ts';
import { freeSlug, slugify } from './slug.ts';
import { toPullQuote } from '../publish/pull-quote.ts';
import { publishProblems, transitionRefusal, type AnalysisAction } from './transitions.ts';
import type { CreateAnalysisInput, PatchAnalysisInput } from './validation.ts';

/**
 * The analysis workflow: create, update (optimistic concurrency on `version`), schedule, publish,
 * unschedule, retract. Each write is ONE transaction holding the row lock: the row, its revision,
 * its story links, the stories' status and the feeds' generation (feedsChanged) commit together
 * or not at all (SPEC "every write that belongs together is one transaction").
 */
export interface DeskDeps {
  db: Db;
  config: Pick<Config, 'baseUrl' | 'websubHub'>;
  now: () => Date;
}

type Trx = Transaction<Database>;
type RevisionAction = 'create' | 'update' | 'schedule' | 'publish' | 'retract' | 'unschedule' | 'handover';

const EDITABLE = ['headline', 'dek', 'category', 'highlight', 'stats', 'rundown', 'take', 'body', 'watch', 'tags', 'author', 'slug'] as const;
const JSON_FIELDS = new Set(['stats', 'rundown', 'take', 'tags']);

/**
 * Creates an analysis: fields given are stored as given (never overwritten); from an event or
 * stories, every field left out is drafted from their fact sheets (src/drafts), and the draft —
 * each element with its evidence and runners-up — is kept in analyses.draft for the desk.
 * Returns its view.
 */
export async function createAnalysis(deps: DeskDeps, editor: Editor, input: CreateAnalysisInput): Promise<AnalysisView> {
  // An automatic slug lost to a concurrent insert is recomputed; a given one is the editor's choice: 409.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.db.kysely.transaction().execute(async (trx) => {
        // SPEC "An analysis created from an event takes all its stories", the originating report first.
        const requested = [...new Set([...(input.event_id !== undefined ? await eventStoryIds(trx, input.event_id) : []), ...(input.story_ids ?? [])])];
        await storiesForPrefill(trx, requested);
        // Creating it claims its events for the creator, or answers 409 naming a colleague who holds one.
        const eventIds = await eventsOf(trx, requested, input.event_id);
        await claimEventsForAnalysis(trx, editor, eventIds, deps.now());
        await refuseStoriesHeldByOthers(trx, editor, requested, deps.now());
        // Every field left out is drafted from the stories' fact sheets (SPEC "Drafts and checks").
        const sources = await loadDraftSources(trx, requested);
        const draft: Draft | null = sources.length > 0 ? draftAnalysis(sources, { categories: await deskCategories(trx) }) : null;
        // The originating report first: the attribution names it first (SPEC "Events").
        const ordered = draft ? attributionOrder(sources) : [];
        const storyIds = [...ordered, ...requested.filter((id) => !ordered.includes(id))];
        const pre = {
          headline: draft?.headline?.value ?? null,
          dek: draft?.dek?.value ?? null,
          category: draft?.category?.value ?? null,
          highlight: draft?.highlight?.value ?? null,
          stats: draft?.stats.map((s) => s.value) ?? [],
          rundown: draft?.rundown.map((r) => r.value) ?? [],
          pull_quote: draft?.pull_quote ? { text: draft.pull_quote.value.text, speaker: draft.pull_quote.value.speaker ?? null } : null,
          tags: draft?.tags.map((t) => t.value) ?? [],
        };
        const headline = input.headline ?? pre.headline;
        if (!headline) throw new PulseError('validation_failed', 'headline: required (no story to take it from)', { details: [{ field: 'headline', message: 'required when no story_ids give a title' }] });
        const slug = input.slug ?? (await freeSlug(trx, slugify(headline)));
        const now = deps.now();
        const quote = input.pull_quote !== undefined ? toPullQuote(input.pull_quote) : pre.pull_quote;
        const row = await trx
          .insertInto('analyses')
          .values({
            slug,
            headline,
            dek: input.dek !== undefined ? input.dek : pre.dek,
            category: input.category !== undefined ? input.category : pre.category,
            highlight: input.highlight !== undefined ? input.highlight : pre.highlight,
            stats: jsonb(input.stats ?? pre.stats),
            rundown: jsonb(input.rundown ?? pre.rundown),
            take: input.take ? jsonb(input.take) : null,
            body: input.body ?? '',
            pull_quote: quote?.text ?? null,
            pull_quote_speaker: quote?.speaker ?? null,
            watch: input.watch ?? null,
            tags: jsonb(input.tags ?? pre.tags),
            draft: draft ? jsonb({ ...draft, given: givenFields(input) }) : null,
            drafted_at: draft ? now : null,
            author: input.author !== undefined ? input.author : editor.name,
            created_by: editor.id,
            event_id: input.event_id ?? (eventIds.length === 1 ? eventIds[0]! : null),
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await linkStories(trx, row.id, storyIds);
        return recordRevision(trx, deps, row.id, editor, 'create');
      });
    } catch (err) {
      if (isUniqueViolation(err, 'analyses_slug_key')) {
        if (input.slug !== undefined) throw new PulseError('conflict', `slug ${JSON.stringify(input.slug)} is already used by another analysis`, { details: [{ field: 'slug', message: 'already used' }] });
        if (attempt < 5) continue;
      }
      throw err;
    }
  }
}

/**
 * Applies a PATCH when `input.version` is the current version (else 409 with the current version,
 * nothing changed). A published analysis changes live: the feeds are marked changed in the same transaction.
 */
export async function updateAnalysis(deps: DeskDeps, editor: Editor, id: number, input: PatchAnalysisInput, extra: { draft?: Record<string, unknown> } = {}): Promise<AnalysisView> {
  try {
    return await deps.db.kysely.transaction().execute(async (trx) => {
      const row = await lockForAction(trx, id, 'update', input.version, editor);
      const changes: Record<string, unknown> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value === undefined) continue;
        changes[key] = JSON_FIELDS.has(key) ? (value === null ? null : jsonb(value)) : value;
      }
      if (input.pull_quote !== undefined) {
        const quote = toPullQuote(input.pull_quote);
        changes.pull_quote = quote?.text ?? null;
        changes.pull_quote_speaker = quote?.speaker ?? null;
      }
      if (input.slug !== undefined && input.slug !== row.slug && row.status === 'published') {
        throw new PulseError('conflict', `analysis ${id} is published: its slug (its public URL) cannot change`, { details: [{ field: 'slug', message: 'cannot change once published' }] });
      }
      if (row.status !== 'draft') {
        const problems = publishProblems({
          headline: input.headline ?? row.headline,
          dek: input.dek !== undefined ? input.dek : row.dek,
          rundown: input.rundown ?? row.rundown,
          take: input.take !== undefined ? input.take : row.take,
          body: input.body ?? row.body,
        });
        if (problems.length > 0) throw refusedForPublishing(id, row.status, problems);
      }
      if (input.story_ids !== undefined) {
        const ids = [...new Set(input.story_ids)];
        await storiesForPrefill(trx, ids);
        const linked = await trx.selectFrom('analysis_stories').select('story_id').where('analysis_id', '=', id).execute();
        // Only stories being added are checked: a claim taken on an already linked story later does not freeze the analysis.
        await refuseStoriesHeldByOthers(trx, editor, ids.filter((s) => !linked.some((l) => l.story_id === s)), deps.now());
        await trx.deleteFrom('analysis_stories').where('analysis_id', '=', id).execute();
        await linkStories(trx, id, ids);
      }
      // The desk's decisions on the draft (accept, swap, drop) are saved with the fields they change.
      if (extra.draft) changes.draft = jsonb(extra.draft);
      await trx.updateTable('analyses').set({ ...changes, version: row.version + 1, updated_at: deps.now() }).where('id', '=', id).execute();
      const view = await recordRevision(trx, deps, id, editor, 'update');
      if (row.status === 'published') await feedsChanged(trx, { reason: 'update', analysisId: id, hubUrl: deps.config.websubHub, previousTags: row.tags });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'analyses_slug_key')) throw new PulseError('conflict', `slug ${JSON.stringify(input.slug)} is already used by another analysis`, { details: [{ field: 'slug', message: 'already used' }] });
    throw err;
  }
}

/** Publishes now, or schedules when `at` is in the future. Returns the stored view. */
export async function publishAnalysis(deps: DeskDeps, editor: Editor, id: number, input: { at?: string | undefined; version?: number | undefined }): Promise<AnalysisView> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const now = deps.now();
    const at = input.at === undefined ? null : new Date(input.at);
    const action: AnalysisAction = at !== null && at > now ? 'schedule' : 'publish';
    const row = await lockForAction(trx, id, action, input.version, editor);
    const problems = publishProblems(row);
    if (problems.length > 0) throw refusedForPublishing(id, action, problems);
    if (action === 'schedule') {
      await trx.updateTable('analyses').set({ status: 'scheduled', scheduled_at: at!, version: row.version + 1, updated_at: now }).where('id', '=', id).execute();
      return recordRevision(trx, deps, id, editor, 'schedule');
    }
    return publishLocked(trx, deps, row, editor, now);
  });
}

/** Returns a scheduled analysis to draft. */
export async function unscheduleAnalysis(deps: DeskDeps, editor: Editor, id: number, input: { version?: number | undefined }): Promise<AnalysisView> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, id, 'unschedule', input.version, editor);
    await trx.updateTable('analyses').set({ status: 'draft', scheduled_at: null, version: row.version + 1, updated_at: deps.now() }).where('id', '=', id).execute();
    return recordRevision(trx, deps, id, editor, 'unschedule');
  });
}

/** Retracts a published analysis: it leaves every feed at once and its page answers 410. */
export async function retractAnalysis(deps: DeskDeps, editor: Editor, id: number, input: { reason?: string | undefined; version?: number | undefined }): Promise<AnalysisView> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, id, 'retract', input.version, editor);
    const now = deps.now();
    await trx
      .updateTable('analyses')
      .set({ status: 'retracted', retracted_at: now, retract_reason: input.reason ? input.reason : null, version: row.version + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    const view = await recordRevision(trx, deps, id, editor, 'retract');
    await feedsChanged(trx, { reason: 'retract', analysisId: id, hubUrl: deps.config.websubHub, previousTags: row.tags });
    return view;
  });
}

/**
 * Publishes every scheduled analysis whose time has come, each in its own transaction. Rows are
 * taken with FOR UPDATE SKIP LOCKED, so any number of workers can run this at once: each analysis
 * is published by exactly one of them, and a re-run finds nothing left (idempotent).
 * Returns the ids published.
 */
export async function publishDue(deps: DeskDeps, log?: (msg: string, fields: Record<string, unknown>) => void): Promise<number[]> {
  const published: number[] = [];
  for (;;) {
    const id = await deps.db.kysely.transaction().execute(async (trx) => {
      const now = deps.now();
      const row = await trx
        .selectFrom('analyses')
        .selectAll()
        .where('status', '=', 'scheduled')
        .where('scheduled_at', '<=', now)
        .orderBy('scheduled_at')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return null;
      const problems = publishProblems(row);
      if (problems.length > 0) {
        // Unreachable through the API (scheduling and edits check the same rules); a row changed by
        // hand goes back to draft rather than being retried every minute.
        await trx.updateTable('analyses').set({ status: 'draft', scheduled_at: null, version: row.version + 1, updated_at: now }).where('id', '=', row.id).execute();
        await recordRevision(trx, deps, row.id, null, 'unschedule');
        log?.('desk: scheduled analysis not publishable, returned to draft', { analysis_id: row.id, problems });
        return -row.id;
      }
      await publishLocked(trx, deps, row, null, now);
      return row.id;
    });
    if (id === null) return published;
    if (id > 0) published.push(id);
  }
}

/** Publishes a locked row: guid and published_at at first publish only, stories used, feeds changed. */
async function publishLocked(trx: Trx, deps: DeskDeps, row: AnalysisRow, editor: Editor | null, now: Date): Promise<AnalysisView> {
  const publishedAt = row.published_at ?? now;
  const guid = row.guid ?? analysisGuid(deps.config.baseUrl, row.id, publishedAt);
  await trx
    .updateTable('analyses')
    .set({ status: 'published', published_at: publishedAt, guid, scheduled_at: null, version: row.version + 1, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  // Its events are used, with every report of them (SPEC event life cycle: → used); events first,
  // then stories, the order every event claim locks them in (no deadlock with a concurrent claim).
  await markEventsUsed(trx, row.id, now);
  // The stories it is based on leave the desk queue (SPEC story life cycle: claimed → used).
  await trx
    .updateTable('stories')
    .set({ status: 'used', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: now })
    .where('status', 'in', ['ready', 'claimed'])
    .where('id', 'in', (eb) => eb.selectFrom('analysis_stories').select('story_id').where('analysis_id', '=', row.id))
    .execute();
  const view = await recordRevision(trx, deps, row.id, editor, 'publish');
  await feedsChanged(trx, { reason: 'publish', analysisId: row.id, hubUrl: deps.config.websubHub });
  return view;
}

/**
 * Hands analysis `id` to the editor named `input.editor` (admins only: SPEC "HTTP rules"). The new
 * owner is recorded on the row and as a 'handover' revision; the version moves on, so an edit
 * started before the hand-over gets 409 rather than landing silently.
 */
export async function handoverAnalysis(deps: DeskDeps, admin: Editor, id: number, input: { editor: string; version?: number | undefined }): Promise<AnalysisView> {
  if (admin.role !== 'admin') throw new PulseError('forbidden', `${admin.name} is an editor; only an admin may hand an analysis over`);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, id, 'handover', input.version, admin);
    const to = await trx.selectFrom('editors').select(['id', 'name', 'disabled']).where('name', '=', input.editor).executeTakeFirst();
    if (!to) throw new PulseError('validation_failed', `no editor named ${JSON.stringify(input.editor)}`, { details: [{ field: 'editor', message: 'unknown editor' }] });
    if (to.disabled) throw new PulseError('validation_failed', `${to.name} is disabled and cannot own an analysis`, { details: [{ field: 'editor', message: 'disabled editor' }] });
    await trx.updateTable('analyses').set({ created_by: to.id, version: row.version + 1, updated_at: deps.now() }).where('id', '=', id).execute();
    return recordRevision(trx, deps, id, admin, 'handover');
  });
}

/** Returns the 403 refusal when `editor` may not act on `row` (not its owner, not an admin), else null. */
async function ownershipRefusal(trx: Trx, row: AnalysisRow, editor: Editor | null, action: AnalysisAction | 'handover'): Promise<PulseError | null> {
  // null: the scheduler publishing what its owner scheduled.
  if (editor === null || editor.role === 'admin' || (row.created_by !== null && row.created_by === editor.id)) return null;
  const owner = row.created_by === null ? null : await trx.selectFrom('editors').select(['id', 'name']).where('id', '=', row.created_by).executeTakeFirst();
  const verb = action === 'update' ? 'change' : action;
  const message = owner
    ? `analysis ${row.id} belongs to ${owner.name}: only ${owner.name} or an admin may ${verb} it (an admin can hand it over to you)`
    : `analysis ${row.id} has no owner: only an admin may ${verb} it or hand it over`;
  return new PulseError('forbidden', message, { details: { owner: owner ? { id: owner.id, name: owner.name } : null, action } });
}

/** Locks analysis `id`, checks who may act on it, the transition and (when given) the version read; returns the row. */
async function lockForAction(trx: Trx, id: number, action: AnalysisAction | 'handover', version: number | undefined, editor: Editor | null): Promise<AnalysisRow> {
  const row = await trx.selectFrom('analyses').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new PulseError('not_found', `analysis ${id} not found`);
  const refused = await ownershipRefusal(trx, row, editor, action);
  if (refused) throw refused;
  if (version !== undefined && version !== row.version) {
    throw new PulseError('conflict', `analysis ${id} was saved by someone else: you have version ${version}, the current one is ${row.version}; reload it and apply your change again`, {
      details: { current_version: row.version, your_version: version, updated_at: row.updated_at.toISOString() },
    });
  }
  const refusal = action === 'handover' ? (row.status === 'retracted' ? 'a retracted analysis is final' : null) : transitionRefusal(row.status, action);
  if (refusal) throw new PulseError('conflict', `analysis ${id}: ${refusal}`, { details: { status: row.status, action } });
  return row;
}

function refusedForPublishing(id: number, what: string, problems: { field: string; message: string }[]): PulseError {
  return new PulseError('validation_failed', `analysis ${id} cannot be ${what === 'schedule' ? 'scheduled' : what === 'publish' ? 'published' : `kept ${what}`}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, { details: problems });
}

/** Writes the revision row of the version just stored (who, when, what, a snapshot) and returns the view. */
async function recordRevision(trx: Trx, deps: DeskDeps, id: number, editor: Editor | null, action: RevisionAction): Promise<AnalysisView> {
  const view = await loadAnalysis(trx, id, deps.config.baseUrl);
  await trx.insertInto('analysis_revisions').values({ analysis_id: id, version: view.version, editor_id: editor?.id ?? null, action, snapshot: jsonb(view), created_at: deps.now() }).execute();
  return view;
}

/** Returns the drafted fields the editor gave (their draft elements are shown but never applied). */
function givenFields(input: CreateAnalysisInput): string[] {
  return (['headline', 'dek', 'highlight', 'category', 'stats', 'rundown', 'pull_quote', 'tags'] as const).filter((f) => input[f] !== undefined);
}

/** Returns the stories of `ids` in the given order, or throws 422 naming the missing ones. */
async function storiesForPrefill(db: Executor, ids: number[]): Promise<{ id: number; title: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('stories').select(['id', 'title']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((i) => !byId.has(i));
  if (missing.length > 0) throw new PulseError('validation_failed', `story_ids: no story ${missing.join(', ')}`, { details: [{ field: 'story_ids', message: `unknown story ${missing.join(', ')}` }] });
  return ids.map((i) => byId.get(i)!);
}

/**
 * Throws 409 naming the holder when another editor holds a live claim on one of `ids`: the claim is
 * what keeps two editors off one story (SPEC "two editors never hold the same story"). Stories the
 * editor holds, ready ones and lapsed claims pass. The rows are locked FOR SHARE until the
 * transaction ends, so a claim cannot slip in between this check and the insert.
 */
async function refuseStoriesHeldByOthers(trx: Trx, editor: Editor, ids: number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  const held = await trx
    .selectFrom('stories as s')
    .leftJoin('editors as e', 'e.id', 's.claimed_by')
    .select(['s.id', 's.claimed_by', 's.claim_expires_at', 'e.name'])
    .where('s.id', 'in', ids)
    .where('s.status', '=', 'claimed')
    .where('s.claimed_by', '<>', editor.id)
    .where('s.claim_expires_at', '>', now)
    .orderBy('s.id')
    .forShare('s')
    .execute();
  if (held.length === 0) return;
  const claims = held.map((h) => ({ story_id: h.id, holder: { id: h.claimed_by!, name: h.name ?? `editor ${h.claimed_by}` }, expires_at: h.claim_expires_at!.toISOString() }));
  const first = claims[0]!;
  throw new PulseError(
    'conflict',
    `story ${first.story_id} is claimed by ${first.holder.name} until ${first.expires_at}${claims.length > 1 ? ` (and ${claims.length - 1} more of these stories by others)` : ''}; an analysis can only be built on stories you hold or unclaimed ones`,
    { details: { held: claims } },
  );
}

/** Returns the ids of event `eventId`'s stories on the desk, its originating report first; 422 when there is no such event. */
async function eventStoryIds(trx: Trx, eventId: number): Promise<number[]> {
  const event = await trx.selectFrom('events').select(['id', 'first_story_id']).where('id', '=', eventId).executeTakeFirst();
  if (!event) throw new PulseError('validation_failed', `event_id: no event ${eventId}`, { details: [{ field: 'event_id', message: `unknown event ${eventId}` }] });
  const rows = await trx
    .selectFrom('stories')
    .select('id')
    .where('event_id', '=', eventId)
    .where('status', 'not in', ['new', 'fetched', 'failed'])
    .orderBy(sql`id = ${event.first_story_id ?? 0}`, 'desc')
    .orderBy(sql`coalesce(published_at, created_at)`)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Returns the distinct events of `storyIds`, plus `eventId` when given. */
async function eventsOf(trx: Trx, storyIds: number[], eventId: number | undefined): Promise<number[]> {
  const rows = storyIds.length === 0 ? [] : await trx.selectFrom('stories').select('event_id').where('id', 'in', storyIds).where('event_id', 'is not', null).execute();
  return [...new Set([...(eventId !== undefined ? [eventId] : []), ...rows.map((r) => r.event_id!)])];
}

async function linkStories(trx: Trx, analysisId: number, storyIds: number[]): Promise<void> {
  if (storyIds.length === 0) return;
  await trx.insertInto('analysis_stories').values(storyIds.map((story_id, position) => ({ analysis_id: analysisId, story_id, position }))).execute();
}

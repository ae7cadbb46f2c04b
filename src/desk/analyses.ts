import type { Transaction } from 'kysely';
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
import { draftAnalysis, attributionOrder } from '../drafts/draft.ts';
import { deskCategories, eventStoryIds, loadDraftSources } from '../drafts/draft-repository.ts';
import type { Draft } from '../drafts/types.ts';
import { freeSlug, slugify } from './slug.ts';
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
type RevisionAction = 'create' | 'update' | 'schedule' | 'publish' | 'retract' | 'unschedule';

const EDITABLE = ['headline', 'dek', 'category', 'highlight', 'stats', 'rundown', 'take', 'body', 'pull_quote', 'watch', 'tags', 'author', 'slug'] as const;
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
        const given = [...new Set(input.story_ids ?? [])];
        const requested = input.story_ids === undefined && input.event_id !== undefined ? await eventStoryIds(trx, input.event_id) : given;
        await storiesForPrefill(trx, requested);
        await refuseStoriesHeldByOthers(trx, editor, requested, deps.now());
        const sources = await loadDraftSources(trx, requested);
        const draft: Draft | null = sources.length > 0 ? draftAnalysis(sources, { categories: await deskCategories(trx) }) : null;
        // The originating report first: the attribution names it first (SPEC "Events").
        const storyIds = draft ? attributionOrder(sources) : requested;
        const pre = {
          headline: draft?.headline?.value ?? null,
          dek: draft?.dek?.value ?? null,
          category: draft?.category?.value ?? null,
          highlight: draft?.highlight?.value ?? null,
          stats: draft?.stats.map((s) => s.value) ?? [],
          rundown: draft?.rundown.map((r) => r.value) ?? [],
          pull_quote: draft?.pull_quote?.value.text ?? null,
          tags: draft?.tags.map((t) => t.value) ?? [],
        };
        const headline = input.headline ?? pre.headline;
        if (!headline) throw new PulseError('validation_failed', 'headline: required (no story to take it from)', { details: [{ field: 'headline', message: 'required when no story_ids give a title' }] });
        const slug = input.slug ?? (await freeSlug(trx, slugify(headline)));
        const now = deps.now();
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
            pull_quote: input.pull_quote !== undefined ? input.pull_quote : pre.pull_quote,
            watch: input.watch ?? null,
            tags: jsonb(input.tags ?? pre.tags),
            event_id: input.event_id ?? null,
            draft: draft ? jsonb({ ...draft, given: givenFields(input) }) : null,
            drafted_at: draft ? now : null,
            author: input.author !== undefined ? input.author : editor.name,
            created_by: editor.id,
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
      const row = await lockForAction(trx, id, 'update', input.version);
      const changes: Record<string, unknown> = {};
      for (const key of EDITABLE) {
        const value = input[key];
        if (value === undefined) continue;
        changes[key] = JSON_FIELDS.has(key) ? (value === null ? null : jsonb(value)) : value;
      }
      if (input.slug !== undefined && input.slug !== row.slug && row.status === 'published') {
        throw new PulseError('conflict', `analysis ${id} is published: its slug (its public URL) cannot change`, { details: [{ field: 'slug', message: 'cannot change once published' }] });
      }
      if (row.status !== 'draft') {
        const problems = publishProblems({ headline: input.headline ?? row.headline, rundown: input.rundown ?? row.rundown });
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
    const row = await lockForAction(trx, id, action, input.version);
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
    const row = await lockForAction(trx, id, 'unschedule', input.version);
    await trx.updateTable('analyses').set({ status: 'draft', scheduled_at: null, version: row.version + 1, updated_at: deps.now() }).where('id', '=', id).execute();
    return recordRevision(trx, deps, id, editor, 'unschedule');
  });
}

/** Retracts a published analysis: it leaves every feed at once and its page answers 410. */
export async function retractAnalysis(deps: DeskDeps, editor: Editor, id: number, input: { reason?: string | undefined; version?: number | undefined }): Promise<AnalysisView> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, id, 'retract', input.version);
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

/** Locks analysis `id`, checks the transition and (when given) the version read; returns the row. */
async function lockForAction(trx: Trx, id: number, action: AnalysisAction, version: number | undefined): Promise<AnalysisRow> {
  const row = await trx.selectFrom('analyses').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new PulseError('not_found', `analysis ${id} not found`);
  if (version !== undefined && version !== row.version) {
    throw new PulseError('conflict', `analysis ${id} was saved by someone else: you have version ${version}, the current one is ${row.version}; reload it and apply your change again`, {
      details: { current_version: row.version, your_version: version, updated_at: row.updated_at.toISOString() },
    });
  }
  const refusal = transitionRefusal(row.status, action);
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

async function linkStories(trx: Trx, analysisId: number, storyIds: number[]): Promise<void> {
  if (storyIds.length === 0) return;
  await trx.insertInto('analysis_stories').values(storyIds.map((story_id, position) => ({ analysis_id: analysisId, story_id, position }))).execute();
}

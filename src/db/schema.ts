import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The typed shape of sql/*.sql for kysely. Types follow the database: `Generated<>` for
 * identity/default columns, `T | null` for nullable ones, jsonb columns typed by content
 * (written as JSON text through `jsonb()` in src/db/json.ts).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export interface SourcesTable {
  id: Generated<number>;
  url: string;
  site_url: string | null;
  name: string;
  format: 'rss' | 'atom' | 'rdf' | 'json' | null;
  poll_interval_seconds: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  status: Generated<'active' | 'failing' | 'paused'>;
  paused: Generated<boolean>;
  pause_reason: string | null;
  last_error: string | null;
  error_count: Generated<number>;
  last_polled_at: Timestamp | null;
  last_success_at: Timestamp | null;
  next_poll_at: GeneratedTimestamp;
  retry_after_until: Timestamp | null;
  feed_ttl_seconds: number | null;
  items_per_day: number | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface EditorsTable {
  id: Generated<number>;
  name: string;
  role: Generated<'editor' | 'admin'>;
  bio: string | null;
  disabled: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface EditorTokensTable {
  id: Generated<number>;
  editor_id: number;
  token_hash: string;
  label: string | null;
  created_at: GeneratedTimestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface EditorSessionsTable {
  id: Generated<number>;
  editor_id: number;
  session_hash: string;
  csrf_token: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

export type StoryStatus = 'new' | 'fetched' | 'ready' | 'claimed' | 'used' | 'dismissed' | 'failed';
export const STORY_STATUSES: readonly StoryStatus[] = ['new', 'fetched', 'ready', 'claimed', 'used', 'dismissed', 'failed'];

export interface StoriesTable {
  id: Generated<number>;
  source_id: number;
  guid: string;
  url: string;
  canonical_url: string | null;
  title: Generated<string>;
  summary_html: string | null;
  content_html: string | null;
  authors: JsonDefault<string[]>;
  categories: JsonDefault<string[]>;
  published_at: Timestamp | null;
  upstream_updated_at: Timestamp | null;
  item_hash: string;
  status: Generated<StoryStatus>;
  page_url: string | null;
  page_html: string | null;
  page_fetched_at: Timestamp | null;
  facts: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  body_hash: string | null;
  extracted_at: Timestamp | null;
  last_error: string | null;
  error_count: Generated<number>;
  claimed_by: number | null;
  claimed_at: Timestamp | null;
  claim_expires_at: Timestamp | null;
  dismissed_reason: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** sql/003_events.sql: the event the story belongs to, and whether an editor placed it there. */
  event_id: number | null;
  event_pinned: Generated<boolean>;
}

export type EventStatus = 'open' | 'claimed' | 'used' | 'dismissed';
export const EVENT_STATUSES: readonly EventStatus[] = ['open', 'claimed', 'used', 'dismissed'];

/** sql/003_events.sql: one piece of news as told by every source (SPEC "Events"). */
export interface EventsTable {
  id: Generated<number>;
  title: Generated<string>;
  status: Generated<EventStatus>;
  story_count: Generated<number>;
  source_count: Generated<number>;
  sources: JsonDefault<string[]>;
  first_story_id: number | null;
  score: Generated<number>;
  /** The time-independent part of `score` (sql/009_event_rank.sql); null for events written before it. */
  rank_base: number | null;
  claimed_by: number | null;
  claimed_at: Timestamp | null;
  claim_expires_at: Timestamp | null;
  dismissed_reason: string | null;
  dismissed_by: number | null;
  dismissed_at: Timestamp | null;
  last_story_at: Timestamp | null;
  first_seen_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

/** sql/003_events.sql: editors' grouping corrections, never undone by later grouping. */
export interface EventCorrectionsTable {
  id: Generated<number>;
  kind: 'merge' | 'move';
  event_id: number;
  from_event_id: number | null;
  story_id: number | null;
  editor_id: number | null;
  created_at: GeneratedTimestamp;
}

/** sql/002_desk_limits.sql: one sign-in window per client address (src/desk/login-limiter.ts). */
export interface LoginAttemptsTable {
  ip: string;
  window_start: Timestamp;
  attempts: number;
}

export interface StoryReportsTable {
  story_id: number;
  source_id: number;
  guid: string;
  url: string;
  seen_at: GeneratedTimestamp;
}

export interface StoryFactChangesTable {
  id: Generated<number>;
  story_id: number;
  detected_at: GeneratedTimestamp;
  changes: Json<Record<string, unknown>>;
}

export type AnalysisStatus = 'draft' | 'scheduled' | 'published' | 'retracted';

export interface AnalysesTable {
  id: Generated<number>;
  slug: string;
  guid: string | null;
  status: Generated<AnalysisStatus>;
  version: Generated<number>;
  headline: string;
  dek: string | null;
  category: string | null;
  highlight: string | null;
  stats: JsonDefault<{ value: string; label: string; evidence?: { story_id: number | null; sentence: string } }[]>;
  rundown: JsonDefault<string[]>;
  take: ColumnType<{ title: string; text: string; author: string } | null, string | null | undefined, string | null>;
  body: Generated<string>;
  pull_quote: string | null;
  /** sql/006: the pull quote's speaker (SPEC: pull_quote is a string or {text, speaker}). */
  pull_quote_speaker: Generated<string | null>;
  watch: string | null;
  tags: JsonDefault<string[]>;
  author: string | null;
  created_by: number | null;
  scheduled_at: Timestamp | null;
  published_at: Timestamp | null;
  retracted_at: Timestamp | null;
  retract_reason: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** sql/003_events.sql: the event it was created from, and what Pulse drafted (SPEC "Drafts and checks"). */
  event_id: number | null;
  draft: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  drafted_at: Timestamp | null;
}

export interface AnalysisRevisionsTable {
  analysis_id: number;
  version: number;
  editor_id: number | null;
  action: 'create' | 'update' | 'schedule' | 'publish' | 'retract' | 'unschedule' | 'handover';
  snapshot: Json<Record<string, unknown>>;
  created_at: GeneratedTimestamp;
}

export interface AnalysisStoriesTable {
  analysis_id: number;
  story_id: number;
  position: Generated<number>;
}

export interface FeedStateTable {
  id: Generated<boolean>;
  generation: Generated<number>;
  changed_at: GeneratedTimestamp;
}

export interface FeedCacheTable {
  cache_key: string;
  generation: number;
  content_type: string;
  body: string;
  etag: string;
  last_modified: Timestamp;
  created_at: GeneratedTimestamp;
}

export type JobState = 'pending' | 'running' | 'done' | 'dead';
export const JOB_STATES: readonly JobState[] = ['pending', 'running', 'done', 'dead'];

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: JsonDefault<Record<string, unknown>>;
  key: string | null;
  state: Generated<JobState>;
  priority: Generated<number>;
  run_at: GeneratedTimestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  finished_at: Timestamp | null;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: GeneratedTimestamp;
}

export interface Database {
  sources: SourcesTable;
  editors: EditorsTable;
  editor_tokens: EditorTokensTable;
  editor_sessions: EditorSessionsTable;
  login_attempts: LoginAttemptsTable;
  stories: StoriesTable;
  events: EventsTable;
  event_corrections: EventCorrectionsTable;
  story_reports: StoryReportsTable;
  story_fact_changes: StoryFactChangesTable;
  analyses: AnalysesTable;
  analysis_revisions: AnalysisRevisionsTable;
  analysis_stories: AnalysisStoriesTable;
  feed_state: FeedStateTable;
  feed_cache: FeedCacheTable;
  jobs: JobsTable;
  schema_migrations: SchemaMigrationsTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type SourceUpdate = Updateable<SourcesTable>;
export type StoryRow = Selectable<StoriesTable>;
export type NewStory = Insertable<StoriesTable>;
export type EventRow = Selectable<EventsTable>;
export type JobRow = Selectable<JobsTable>;
export type AnalysisRow = Selectable<AnalysesTable>;
export type EditorRow = Selectable<EditorsTable>;

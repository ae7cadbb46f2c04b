-- Pulse schema: the whole vocabulary of SPEC (sources, stories and fact sheets, jobs, editors and
-- their tokens/sessions, analyses and revisions, analysis↔story links, feed cache).
-- Invariants live here as unique keys and CHECK constraints, never only in application code.
-- Frozen once released: later changes go in new numbered files.

-- Subscribed feeds (SPEC "Source").
CREATE TABLE sources (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url                    text NOT NULL UNIQUE CHECK (url ~ '^https?://'),
  site_url               text,
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  format                 text CHECK (format IN ('rss', 'atom', 'rdf', 'json')),
  poll_interval_seconds  integer NOT NULL DEFAULT 900 CHECK (poll_interval_seconds BETWEEN 60 AND 604800),
  etag                   text,
  last_modified          text,
  status                 text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'failing', 'paused')),
  paused                 boolean NOT NULL DEFAULT false,
  pause_reason           text,
  last_error             text,
  error_count            integer NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  last_polled_at         timestamptz,
  last_success_at        timestamptz,
  next_poll_at           timestamptz NOT NULL DEFAULT now(),
  retry_after_until      timestamptz,
  feed_ttl_seconds       integer,
  items_per_day          real,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT paused OR pause_reason IS NOT NULL),
  CHECK ((status = 'paused') = paused)
);
CREATE INDEX sources_due_idx ON sources (next_poll_at) WHERE NOT paused;

-- Editors, their API tokens (hashed) and desk sessions.
CREATE TABLE editors (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  role        text NOT NULL DEFAULT 'editor' CHECK (role IN ('editor', 'admin')),
  bio         text,
  disabled    boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE editor_tokens (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  editor_id     bigint NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
  token_hash    text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  label         text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE editor_sessions (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  editor_id     bigint NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
  session_hash  text NOT NULL UNIQUE CHECK (length(session_hash) = 64),
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);

-- Originating reports (SPEC "Story"): new → fetched → ready → claimed → used | dismissed; failed.
CREATE TABLE stories (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id         bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  guid              text NOT NULL,
  url               text NOT NULL,
  canonical_url     text,
  title             text NOT NULL DEFAULT '',
  summary_html      text,
  content_html      text,
  authors           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(authors) = 'array'),
  categories        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(categories) = 'array'),
  published_at      timestamptz,
  upstream_updated_at timestamptz,
  item_hash         text NOT NULL,
  status            text NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'fetched', 'ready', 'claimed', 'used', 'dismissed', 'failed')),
  page_url          text,
  page_html         text,
  page_fetched_at   timestamptz,
  facts             jsonb CHECK (facts IS NULL OR jsonb_typeof(facts) = 'object'),
  body_hash         text,
  extracted_at      timestamptz,
  last_error        text,
  error_count       integer NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  claimed_by        bigint REFERENCES editors (id) ON DELETE SET NULL,
  claimed_at        timestamptz,
  claim_expires_at  timestamptz,
  dismissed_reason  text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, guid),
  CHECK ((status = 'claimed') = (claimed_by IS NOT NULL AND claim_expires_at IS NOT NULL)),
  CHECK (status <> 'ready' OR facts IS NOT NULL),
  CHECK (status <> 'failed' OR last_error IS NOT NULL)
);
-- One story per canonical URL across sources; the other sources are recorded in story_reports.
CREATE UNIQUE INDEX stories_canonical_url_key ON stories (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX stories_status_idx ON stories (status, published_at DESC);

-- Every (source, item) that reported a story, the first source included.
CREATE TABLE story_reports (
  story_id    bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  source_id   bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  guid        text NOT NULL,
  url         text NOT NULL,
  seen_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, guid)
);
CREATE INDEX story_reports_story_idx ON story_reports (story_id);

-- What changed in a story's figures when it was re-extracted after an upstream change.
CREATE TABLE story_fact_changes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story_id     bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  detected_at  timestamptz NOT NULL DEFAULT now(),
  changes      jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'object')
);

-- Editorial pieces (SPEC "Analysis"): draft → scheduled → published → retracted.
CREATE TABLE analyses (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 200),
  guid            text UNIQUE,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'published', 'retracted')),
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  headline        text NOT NULL CHECK (length(headline) BETWEEN 1 AND 500),
  dek             text,
  category        text,
  highlight       text,
  stats           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(stats) = 'array'),
  rundown         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rundown) = 'array'),
  take            jsonb CHECK (take IS NULL OR jsonb_typeof(take) = 'object'),
  body            text NOT NULL DEFAULT '',
  pull_quote      text,
  watch           text,
  tags            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(tags) = 'array'),
  author          text,
  created_by      bigint REFERENCES editors (id) ON DELETE SET NULL,
  scheduled_at    timestamptz,
  published_at    timestamptz,
  retracted_at    timestamptz,
  retract_reason  text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
  CHECK (status NOT IN ('published', 'retracted') OR (published_at IS NOT NULL AND guid IS NOT NULL)),
  CHECK (status <> 'retracted' OR retracted_at IS NOT NULL)
);
CREATE INDEX analyses_published_idx ON analyses (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX analyses_scheduled_idx ON analyses (scheduled_at) WHERE status = 'scheduled';

-- Every saved version of an analysis: who saved it and when.
CREATE TABLE analysis_revisions (
  analysis_id  bigint NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
  version      integer NOT NULL CHECK (version >= 1),
  editor_id    bigint REFERENCES editors (id) ON DELETE SET NULL,
  action       text NOT NULL CHECK (action IN ('create', 'update', 'schedule', 'publish', 'retract', 'unschedule')),
  snapshot     jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object'),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (analysis_id, version)
);

-- The stories an analysis is based on (its attribution), in order.
CREATE TABLE analysis_stories (
  analysis_id  bigint NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
  story_id     bigint NOT NULL REFERENCES stories (id) ON DELETE RESTRICT,
  position     integer NOT NULL DEFAULT 0 CHECK (position >= 0),
  PRIMARY KEY (analysis_id, story_id)
);
CREATE INDEX analysis_stories_story_idx ON analysis_stories (story_id);

-- Rendered feeds, shared by every process; a publish/update/retract bumps feed_state.generation
-- in the same transaction, so no process serves a stale rendering.
CREATE TABLE feed_state (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  generation  bigint NOT NULL DEFAULT 1,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO feed_state (id) VALUES (true);

CREATE TABLE feed_cache (
  cache_key      text PRIMARY KEY,
  generation     bigint NOT NULL,
  content_type   text NOT NULL,
  body           text NOT NULL,
  etag           text NOT NULL,
  last_modified  timestamptz NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- Background work (SPEC "Job"): claimed with FOR UPDATE SKIP LOCKED under a lease, retried with
-- exponential backoff, kept as 'dead' with its last error when the attempts are spent.
CREATE TABLE jobs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.:-]*$'),
  payload       jsonb NOT NULL DEFAULT '{}',
  key           text UNIQUE,
  state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'dead')),
  priority      integer NOT NULL DEFAULT 0,
  run_at        timestamptz NOT NULL DEFAULT now(),
  attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
  locked_by     text,
  locked_until  timestamptz,
  last_error    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  CHECK (attempts <= max_attempts),
  CHECK ((state = 'running') = (locked_until IS NOT NULL AND locked_by IS NOT NULL)),
  CHECK (state <> 'dead' OR last_error IS NOT NULL),
  CHECK ((state IN ('done', 'dead')) = (finished_at IS NOT NULL))
);
CREATE INDEX jobs_pending_idx ON jobs (priority DESC, run_at, id) WHERE state = 'pending';
CREATE INDEX jobs_running_idx ON jobs (locked_until) WHERE state = 'running';
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('done', 'dead');

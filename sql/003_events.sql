-- Events (SPEC "Events"): one piece of news as told by every source that reported it. Every
-- extracted story belongs to exactly one event (a story alone is an event of one). The desk queue
-- lists events, and claims, releases and dismissals act on events: two editors never hold one.
-- This file is the shared contract of src/events (grouping), src/desk (claims, queue) and
-- src/drafts (drafting from an event). Grouping state that only src/events reads lives in its own
-- tables (004_event_index.sql).

CREATE TABLE events (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- its most representative headline
  title             text NOT NULL DEFAULT '',
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'used', 'dismissed')),
  story_count       integer NOT NULL DEFAULT 0 CHECK (story_count >= 0),
  -- distinct publishers (a publisher is a source's site name: one outlet's several feeds count once)
  source_count      integer NOT NULL DEFAULT 0 CHECK (source_count >= 0),
  sources           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sources) = 'array'),
  -- the originating report: the earliest, or the one the others' text links to as their source
  first_story_id    bigint REFERENCES stories (id) ON DELETE SET NULL,
  score             double precision NOT NULL DEFAULT 0,
  claimed_by        bigint REFERENCES editors (id) ON DELETE SET NULL,
  claimed_at        timestamptz,
  claim_expires_at  timestamptz,
  dismissed_reason  text,
  dismissed_by      bigint REFERENCES editors (id) ON DELETE SET NULL,
  dismissed_at      timestamptz,
  -- the newest report's publication time (freshness) and arrival time (growth)
  last_story_at     timestamptz,
  first_seen_at     timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'claimed') = (claimed_by IS NOT NULL AND claim_expires_at IS NOT NULL)),
  CHECK (status <> 'dismissed' OR dismissed_at IS NOT NULL)
);
CREATE INDEX events_rank_idx ON events (status, score DESC, id DESC);
CREATE INDEX events_recent_idx ON events (last_story_at DESC);

ALTER TABLE stories ADD COLUMN event_id bigint REFERENCES events (id) ON DELETE SET NULL;
-- true once an editor placed the story (merge or move): later grouping never moves it again
ALTER TABLE stories ADD COLUMN event_pinned boolean NOT NULL DEFAULT false;
CREATE INDEX stories_event_idx ON stories (event_id);

-- Editors' corrections, kept so that later grouping never undoes them: `merge` folded event
-- `from_event_id` into `event_id`; `move` placed `story_id` in `event_id`.
CREATE TABLE event_corrections (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('merge', 'move')),
  event_id       bigint NOT NULL,
  from_event_id  bigint,
  story_id       bigint REFERENCES stories (id) ON DELETE CASCADE,
  editor_id      bigint REFERENCES editors (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'merge' OR from_event_id IS NOT NULL),
  CHECK (kind <> 'move' OR story_id IS NOT NULL)
);

-- Drafts (SPEC "Drafts and checks"): what Pulse drafted for an analysis, with every element's
-- evidence and the other candidates the desk can swap in; `drafted_at` is when it was drafted
-- (a source story whose facts changed after it raises `source-changed`).
ALTER TABLE analyses ADD COLUMN event_id bigint REFERENCES events (id) ON DELETE SET NULL;
ALTER TABLE analyses ADD COLUMN draft jsonb CHECK (draft IS NULL OR jsonb_typeof(draft) = 'object');
ALTER TABLE analyses ADD COLUMN drafted_at timestamptz;

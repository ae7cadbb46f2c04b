-- Grouping state of src/events (issue 10): what the online grouping needs to assign one story in
-- milliseconds with 100,000 stored — document frequencies learned as stories arrive, each
-- event's summed term counts (a centroid) posted under its terms (the candidate lookup), and each
-- story's own features, so a re-extracted or moved story takes back exactly what it added.
-- Only src/events reads and writes these tables.

-- Document frequency of each grouping key ('t:' title term, 'b:' body term); the row '' counts stories.
CREATE TABLE event_term_stats (
  key  text PRIMARY KEY,
  df   integer NOT NULL CHECK (df >= 0)
);
INSERT INTO event_term_stats (key, df) VALUES ('', 0);

-- An event's centroid and signals: summed counts per key ('t:' title, 'b:' body, 'e:' entity, 'f:' figure).
CREATE TABLE event_terms (
  event_id  bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  key       text NOT NULL,
  count     integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (event_id, key)
);
-- The candidate lookup: events whose stories use a key.
CREATE INDEX event_terms_key_idx ON event_terms (key, event_id);

-- Per event: stories grouped, stories with a body, newest report, centroid norms (with the IDF of
-- its last change).
CREATE TABLE event_profiles (
  event_id    bigint PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  n           integer NOT NULL DEFAULT 0 CHECK (n >= 0),
  bodied      integer NOT NULL DEFAULT 0 CHECK (bodied >= 0),
  last_at     timestamptz,
  title_norm  double precision NOT NULL DEFAULT 0,
  body_norm   double precision NOT NULL DEFAULT 0
);
CREATE INDEX event_profiles_last_at_idx ON event_profiles (last_at);

-- The features a story was grouped with (src/events/features.ts StoryFeatures).
CREATE TABLE story_event_features (
  story_id  bigint PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  features  jsonb NOT NULL CHECK (jsonb_typeof(features) = 'object')
);

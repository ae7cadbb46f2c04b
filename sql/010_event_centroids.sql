-- Each event's centroid as one value (issue 10: assigning one story with 100,000 stored). Scoring
-- a story reads, for each of its ~40 candidate events, the counts of the story's ~45 keys: as rows
-- of event_terms that was ~1,800 index probes per story (most of the candidate statement's time);
-- from one compact row per event it is ~40 row reads. event_terms keeps only the postings the
-- candidate lookup needs (which events used a key), so a story joining an event writes its new
-- keys there and nothing for the keys the event already had.

-- key ('t:' title term, 'b:' body term, 'e:' entity, 'f:' figure) → summed count over the event's stories.
CREATE TABLE event_centroids (
  event_id  bigint PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  terms     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(terms) = 'object')
);
INSERT INTO event_centroids (event_id, terms)
  SELECT event_id, jsonb_object_agg(key, count) FROM event_terms GROUP BY event_id;

-- A posting is (event, key) while the key's count in the event's centroid is above zero.
ALTER TABLE event_terms DROP COLUMN count;

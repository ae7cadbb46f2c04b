-- Postings of the candidate lookup, lighter to write (issue 10: assigning one story with 100,000
-- stored). A story starting an event posts ~40 keys, each a write to event_terms and to every
-- index on it. The lookup reads postings by key alone (event_terms_key_idx); the primary key
-- (event_id, key) and the foreign key to events (a check per posting) served only the deletion of
-- an event's postings, which now goes by the keys of its centroid (src/events/event-index.ts). An
-- event's postings are gone before the event is: a key leaves them when its count falls to zero,
-- and a merge drops the folded event's.
ALTER TABLE event_terms DROP CONSTRAINT event_terms_event_id_fkey;
ALTER TABLE event_terms DROP CONSTRAINT event_terms_pkey;
DROP INDEX event_terms_key_idx;
CREATE UNIQUE INDEX event_terms_key_idx ON event_terms (key, event_id);

-- Figures look nothing up (src/events/assign.ts lookupKeys, postsKey): they are no longer posted.
DELETE FROM event_terms WHERE key LIKE 'f:%';

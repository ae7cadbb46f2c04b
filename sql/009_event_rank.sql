-- The desk ranks events by `score` as of the moment it lists them (SPEC "Events": fresher and
-- faster-growing news ranks higher, so a stored score goes stale within hours). `rank_base` is the
-- part of the score that does not change with time (independent publishers, facts), written with
-- the score whenever the event changes; growth and freshness are added at read time
-- (src/events/live-score.ts). NULL (events written before this column): the stored score is used.
ALTER TABLE events ADD COLUMN rank_base double precision;

-- Issue 11: a desk editors can rely on.
-- 1. An admin may hand an analysis to another editor (SPEC "HTTP rules": POST
--    /api/analyses/:id/handover); the hand-over is a revision of its own, so the history says who
--    owned the piece when. The revision's action gains 'handover'.
ALTER TABLE analysis_revisions DROP CONSTRAINT IF EXISTS analysis_revisions_action_check;
ALTER TABLE analysis_revisions ADD CONSTRAINT analysis_revisions_action_check
  CHECK (action IN ('create', 'update', 'schedule', 'publish', 'retract', 'unschedule', 'handover'));

-- 2. SPEC "Analysis": pull_quote is a string, or {text, speaker}. The text stays in pull_quote (so
--    every reader of the column keeps working); the speaker sits beside it.
ALTER TABLE analyses ADD COLUMN pull_quote_speaker text CHECK (pull_quote_speaker IS NULL OR length(pull_quote_speaker) <= 200);

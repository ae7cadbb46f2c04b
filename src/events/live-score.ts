import { sql, type RawBuilder } from 'kysely';
import { FRESHNESS_HALF_LIFE_HOURS, GROWTH_HOURS } from './event-summary.ts';

/**
 * An event's `score` as of `now`, in SQL over `events as e` (SPEC "Events": the desk ranks by it).
 * eventScore()'s formula: the time-independent part stored when the event last changed
 * (`rank_base`: publishers, facts), plus growth (its reports of the last GROWTH_HOURS) and
 * freshness (halving every FRESHNESS_HALF_LIFE_HOURS since its newest report) computed now, so
 * the order is right hours after the event last changed. Events written before `rank_base`
 * existed keep their stored score.
 */
export function liveScore(now: Date): RawBuilder<number> {
  const growthSince = new Date(now.getTime() - GROWTH_HOURS * 3_600_000);
  // No report can be newer than the event's last change (every new report refreshes it).
  const growth = sql`case when e.updated_at < ${growthSince}::timestamptz then 0
    else 2 * ln(1 + (select count(*) from stories gs where gs.event_id = e.id and gs.created_at >= ${growthSince}::timestamptz)::float8) / ln(2) end`;
  const freshness = sql`case when e.last_story_at is null then 0
    else 2 * power(0.5::float8, greatest(0, extract(epoch from (${now}::timestamptz - e.last_story_at)))::float8 / ${FRESHNESS_HALF_LIFE_HOURS * 3600}::float8) end`;
  return sql<number>`(case when e.rank_base is null then e.score else round((e.rank_base + ${growth} + ${freshness})::numeric, 3)::float8 end)`;
}

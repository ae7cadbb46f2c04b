import { chooseEvent, GROUPING, lookupKeys, postsKey, profileKeys, topCandidates, type GroupingSettings } from './assign.ts';
import type { StoryFeatures } from './features.ts';
import { CANDIDATE_WINDOW_HOURS, vectorNorm, type EventProfile, type Field, type TermStats } from './similarity.ts';

const FIELD_OF: Record<string, keyof Pick<EventProfile, 'title' | 'body' | 'entities' | 'figures'>> = { t: 'title', b: 'body', e: 'entities', f: 'figures' };

/**
 * Online grouping in memory (`pulse cluster`, the bench): the same statistics, candidate keys,
 * scoring and settings as the live pipeline (src/events/assign-story.ts), kept in maps.
 */
export class MemoryGrouper implements TermStats {
  docs = 0;
  // Per field, so a lookup builds no key string (the hot path of `pulse cluster`).
  private readonly titleDf = new Map<string, number>();
  private readonly bodyDf = new Map<string, number>();
  private readonly events: EventProfile[] = [];
  /** key → events whose stories used it. */
  private readonly postings = new Map<string, Set<number>>();

  constructor(private readonly settings: GroupingSettings = GROUPING) {}

  df(field: Field, term: string): number {
    return (field === 'title' ? this.titleDf : this.bodyDf).get(term) ?? 0;
  }

  /** Counts a story in the document frequencies (before it is scored, as the live path does). */
  private learn(f: StoryFeatures): void {
    this.docs += 1;
    for (const t in f.title) this.titleDf.set(t, (this.titleDf.get(t) ?? 0) + 1);
    for (const t in f.body) this.bodyDf.set(t, (this.bodyDf.get(t) ?? 0) + 1);
  }

  /** Assigns one story; returns its event's number (0, 1, 2… in order of creation). */
  assign(f: StoryFeatures): number {
    this.learn(f);
    const windowMs = CANDIDATE_WINDOW_HOURS * 3_600_000;
    const shared = new Map<number, number>();
    for (const key of lookupKeys(f, this)) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      for (const id of posting) {
        const last = this.events[id]!.lastAt;
        // Stories arrive in time order here: an event gone out of the window stays out of it.
        if (f.at !== null && last !== null && last < f.at - windowMs) {
          posting.delete(id);
          continue;
        }
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const hits = [...shared]
      .map(([id, n]) => ({ id, shared: n, lastAt: this.events[id]!.lastAt }))
      .filter((h) => f.at === null || h.lastAt === null || Math.abs(f.at - h.lastAt) <= windowMs);
    const profiles = topCandidates(hits).map((id) => this.events[id]!);
    const choice = chooseEvent(f, profiles, this, this.settings);
    let ev: EventProfile;
    if (choice.kind === 'join') ev = this.events[choice.eventId]!;
    else {
      ev = { id: this.events.length, n: 0, lastAt: null, title: {}, body: {}, bodied: 0, entities: {}, figures: {}, titleNorm: 0, bodyNorm: 0 };
      this.events.push(ev);
    }
    ev.n += 1;
    if (f.at !== null) ev.lastAt = ev.lastAt === null ? f.at : Math.max(ev.lastAt, f.at);
    const keys = profileKeys(f);
    if (Object.keys(f.body).length > 0) ev.bodied += 1;
    for (const [key, c] of keys) {
      const field = ev[FIELD_OF[key[0]!]!];
      const term = key.slice(2);
      const before = field[term] ?? 0;
      field[term] = before + c;
      // Posted when it first enters the event, as event_terms is (src/events/event-index.ts).
      if (before > 0 || !postsKey(key, this)) continue;
      let s = this.postings.get(key);
      if (!s) this.postings.set(key, (s = new Set()));
      s.add(ev.id);
    }
    ev.titleNorm = vectorNorm(ev.title, this, 'title');
    ev.bodyNorm = vectorNorm(ev.body, this, 'body');
    return ev.id;
  }
}

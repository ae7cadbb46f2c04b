import { splitSentences } from '../extract/sentences.ts';
import type { DateFact, Entity, Figure, Quote } from '../extract/types.ts';
import type { DraftSource } from './types.ts';

/**
 * The reports of one event, read once into what every drafting step needs: sentences with their
 * place in the article, and the fact sheet's figures, dates, quotes and entities (defensively:
 * stored JSON is data, not a type guarantee). `reports[0]` is the originating report.
 */
export interface ReportSentence {
  story_id: number;
  /** Index of the report in `reports` (0 = the originating report). */
  report: number;
  paragraph: number;
  text: string;
  /** Order in the article, 0-based. */
  order: number;
}

export interface Report {
  source: DraftSource;
  title: string;
  description: string | null;
  published: Date | null;
  sentences: ReportSentence[];
  figures: Figure[];
  dates: DateFact[];
  quotes: Quote[];
  entities: Entity[];
  section: string | null;
  tags: string[];
}

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null) as T[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const hasEvidence = (x: { evidence?: unknown }) => typeof x.evidence === 'object' && x.evidence !== null && typeof (x.evidence as { sentence?: unknown }).sentence === 'string';

function readReport(source: DraftSource, index: number): Report {
  const f = source.facts ?? {};
  const paragraphs = Array.isArray(f.body?.paragraphs) ? f.body.paragraphs.filter((p): p is string => typeof p === 'string') : [];
  const sentences: ReportSentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(p)) sentences.push({ story_id: source.story_id, report: index, paragraph, text: s.text, order: sentences.length });
  });
  const published = str(source.published_at) ?? str(f.published_at);
  const date = published ? new Date(published) : null;
  return {
    source,
    title: str(source.title) ?? str(f.title) ?? '',
    description: str(f.description),
    published: date && !Number.isNaN(date.getTime()) ? date : null,
    sentences,
    figures: arr<Figure>(f.figures).filter(hasEvidence),
    dates: arr<DateFact>(f.dates).filter(hasEvidence),
    quotes: arr<Quote>(f.quotes).filter(hasEvidence),
    entities: arr<Entity>(f.entities).filter((e) => typeof e.name === 'string'),
    section: str(f.section),
    tags: Array.isArray(f.tags) ? f.tags.filter((t): t is string => typeof t === 'string') : [],
  };
}

const bareUrl = (u: string) => u.replace(/^https?:\/\//i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();

/**
 * Returns the index of the originating report (SPEC "Events": the earliest, or the one the others'
 * text links to as their source): a report that another report links to wins; else the earliest.
 */
export function originIndex(sources: readonly DraftSource[]): number {
  const linkedBy = sources.map((s) => {
    const own = new Set([s.url, s.facts?.canonical_url, s.facts?.url].filter((u): u is string => typeof u === 'string').map(bareUrl));
    return sources.filter((o) => o !== s && arr<{ url?: unknown }>(o.facts?.links).some((l) => typeof l.url === 'string' && own.has(bareUrl(l.url)))).length;
  });
  const time = (s: DraftSource) => {
    const t = Date.parse(s.published_at ?? s.facts?.published_at ?? '');
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  let best = 0;
  for (let i = 1; i < sources.length; i++) {
    const a = sources[i]!;
    const b = sources[best]!;
    if (linkedBy[i]! > linkedBy[best]! || (linkedBy[i] === linkedBy[best] && time(a) < time(b))) best = i;
  }
  return best;
}

/** Returns the reports, the originating one first, the others in their given order. */
export function readReports(sources: readonly DraftSource[]): Report[] {
  if (sources.length === 0) return [];
  const o = originIndex(sources);
  const ordered = [sources[o]!, ...sources.filter((_, i) => i !== o)];
  return ordered.map(readReport);
}

/**
 * The fact sheet (SPEC "Fact sheet"): what extraction found in a story's page. Keys are snake_case
 * because this object is stored as JSON and served as-is by `GET /api/stories/:id`.
 */

/** Where a fact was read: the paragraph index (0-based, into `body.paragraphs`) and the sentence verbatim. */
export interface Evidence {
  paragraph: number;
  sentence: string;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'version' | 'range';

/**
 * A number the article states. `value` is numeric except for versions, which keep their dotted
 * string; for ranges it is the lower end (both ends are in `min`/`max`). Money values are in
 * units of `currency` ("$1.2 billion" → 1200000000, USD); durations in `unit`.
 */
export interface Figure {
  text: string;
  kind: FigureKind;
  value: number | string;
  approx: boolean;
  label: string | null;
  /** ISO 4217 code, for money and money ranges. */
  currency?: string;
  /** The unit of a duration's value (days, weeks, months, years, hours, minutes), of a percent ('%'), or of a range's ends. */
  unit?: string;
  /** For ranges: the two ends. */
  min?: number;
  max?: number;
  evidence: Evidence;
}

/** A calendar date (YYYY-MM-DD) or a span of them, as the article states it. */
export type DateFact =
  | { text: string; date: string; evidence: Evidence }
  | { text: string; start: string; end: string; evidence: Evidence };

export interface Quote {
  text: string;
  speaker: string | null;
  evidence: Evidence;
}

export interface Entity {
  name: string;
  mentions: number;
}

export interface Link {
  url: string;
  text: string;
}

export interface FactSheet {
  url: string;
  canonical_url: string;
  title: string | null;
  description: string | null;
  authors: string[];
  published_at: string | null;
  modified_at: string | null;
  site_name: string | null;
  language: string | null;
  section: string | null;
  tags: string[];
  image: string | null;
  body: { paragraphs: string[]; word_count: number };
  /** 'feed' when the page had no body (paywall teaser, script-only page) and the feed item's content stood in. */
  body_source: 'page' | 'feed';
  /** The body as sanitized HTML (src/parse/sanitize.ts), for the desk's side-by-side view. */
  body_html: string;
  figures: Figure[];
  dates: DateFact[];
  quotes: Quote[];
  entities: Entity[];
  links: Link[];
}

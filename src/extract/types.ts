/**
 * The fact sheet (SPEC "Fact sheet"): what extraction found in a story's page. Keys are snake_case
 * because this object is stored as JSON and served as-is by `GET /api/stories/:id`.
 */

/** Where a fact was read: the paragraph index (0-based, into `body.paragraphs`) and the sentence verbatim. */
export interface Evidence {
  paragraph: number;
  sentence: string;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'version' | 'range' | 'measure';

/** What the sentence says about a figure's precision (SPEC "Fact sheet"); "over" and "upwards of" read as "more than". */
export type Qualifier = 'more than' | 'less than' | 'about' | 'up to' | 'at least' | 'nearly';

/**
 * A quantity the article states (SPEC "Fact sheet"). `value` is the number as written in full
 * units ("$1.2 billion" → 1200000000, "29/32" → 0.90625); versions keep their dotted string;
 * ranges are `{from, to}`. `unit` is set for durations (days, months…), measures (miles,
 * degrees, magnitude…), percents ('%') and ranges of those.
 */
export interface Figure {
  text: string;
  kind: FigureKind;
  value: number | string | { from: number; to: number };
  approx: boolean;
  qualifier: Qualifier | null;
  label: string | null;
  /** ISO 4217 code, for money and money ranges. */
  currency?: string;
  unit?: string;
  evidence: Evidence;
}

/** A calendar date (YYYY-MM-DD, or YYYY-MM / YYYY when the article gives no finer), or a span of them; `what` says what happens then. */
export type DateFact =
  | { text: string; date: string; what: string | null; evidence: Evidence }
  | { text: string; start: string; end: string; what: string | null; evidence: Evidence };

export interface Quote {
  text: string;
  /** A person's full name as the article gives it, or the organisation that speaks; never a role. */
  speaker: string | null;
  /** The speaker's role or title as the article gives it ("Anthropic engineer", "spokesperson"). */
  speaker_role: string | null;
  evidence: Evidence;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  name: string;
  type: EntityType;
  mentions: number;
  /** Shorter or other surface forms counted under this name ("Assange" under "Julian Assange"). */
  aliases: string[];
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

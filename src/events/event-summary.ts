import { canonicalUrl } from '../stories/canonical-url.ts';
import { terms } from './text.ts';

/** One report of an event as its summary sees it. */
export interface ReportSummary {
  id: number;
  title: string;
  url: string;
  /** Other URLs of the same page (canonical, fetched). */
  altUrls: readonly (string | null)[];
  publishedAt: number | null;
  /** When Pulse stored it (arrival). */
  seenAt: number;
  /** The publisher's name: the page's site name, else the source's name. */
  publisher: string;
  /** URLs the report's text links to. */
  links: readonly string[];
  /** Figures, dates and quotes its fact sheet holds. */
  facts: number;
}

/** A report's publisher (SPEC "Events"): the page's site name, else the name of the source that carried it. */
export function publisherName(siteName: string | null | undefined, sourceName: string): string {
  return siteName?.trim() || sourceName;
}

/** A publisher's identity: its name folded ("The Verge" and "the verge" are one). */
export function publisherKey(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '');
}

/** Distinct publishers, in order of their first report (one outlet's several feeds count once). */
export function distinctPublishers(reports: readonly ReportSummary[]): string[] {
  const seen = new Map<string, string>();
  for (const r of [...reports].sort(byTime)) {
    const key = publisherKey(r.publisher);
    if (key && !seen.has(key)) seen.set(key, r.publisher);
  }
  return [...seen.values()];
}

function when(r: ReportSummary): number {
  return r.publishedAt ?? r.seenAt;
}

function byTime(a: ReportSummary, b: ReportSummary): number {
  return when(a) - when(b) || a.id - b.id;
}

/**
 * The originating report: the one the others' text links to as their source (a link post pointing
 * at the TechCrunch article; most linked wins), else the earliest published.
 */
export function originatingReport(reports: readonly ReportSummary[]): ReportSummary | null {
  if (reports.length === 0) return null;
  const byUrl = new Map<string, ReportSummary>();
  for (const r of reports) for (const u of [r.url, ...r.altUrls]) {
    const key = canonicalUrl(u);
    if (key) byUrl.set(key, r);
  }
  const inbound = new Map<number, Set<number>>();
  for (const r of reports) {
    for (const link of r.links) {
      const target = byUrl.get(canonicalUrl(link) ?? '');
      if (target && target.id !== r.id) {
        let s = inbound.get(target.id);
        if (!s) inbound.set(target.id, (s = new Set()));
        s.add(r.id);
      }
    }
  }
  const sorted = [...reports].sort(byTime);
  let best: ReportSummary | null = null;
  for (const r of sorted) if ((inbound.get(r.id)?.size ?? 0) > (best ? (inbound.get(best.id)?.size ?? 0) : 0)) best = r;
  return best ?? sorted[0]!;
}

/** The most representative headline: the one whose words the other reports' headlines share most. */
export function representativeTitle(reports: readonly ReportSummary[]): string {
  const sets = reports.map((r) => new Set(terms(r.title)));
  const df = new Map<string, number>();
  for (const s of sets) for (const t of s) df.set(t, (df.get(t) ?? 0) + 1);
  let best = -1;
  let bestScore = -1;
  const order = reports.map((_, i) => i).sort((a, b) => byTime(reports[a]!, reports[b]!));
  for (const i of order) {
    const s = sets[i]!;
    if (s.size === 0) continue;
    let sum = 0;
    for (const t of s) sum += (df.get(t)! - 1) / Math.max(1, reports.length - 1);
    // sqrt length: favours headlines that say more of the shared story without rewarding padding
    const score = sum / Math.sqrt(s.size);
    if (score > bestScore + 1e-12) {
      best = i;
      bestScore = score;
    }
  }
  return best >= 0 ? reports[best]!.title : (reports[0]?.title ?? '');
}

export interface ScoreInput {
  /** Distinct publishers. */
  publishers: number;
  /** Reports that arrived in the last GROWTH_HOURS. */
  recentReports: number;
  /** The newest report's time (ms). */
  lastStoryAt: number | null;
  /** Figures, dates and quotes of its richest report. */
  facts: number;
}

export const GROWTH_HOURS = 3;
export const FRESHNESS_HALF_LIFE_HOURS = 12;

/**
 * The desk's ranking of an event (SPEC "Events"): more independent publishers, faster growth,
 * fresher, richer in facts rank higher. Publishers weigh most (each doubling adds 3 points); the
 * last GROWTH_HOURS' reports add up to ~2 per doubling; freshness adds up to 2 points, halving
 * every FRESHNESS_HALF_LIFE_HOURS; facts add up to 1.
 */
export function eventScore(input: ScoreInput, now: number): number {
  const ageHours = input.lastStoryAt === null ? Infinity : Math.max(0, now - input.lastStoryAt) / 3_600_000;
  const freshness = Number.isFinite(ageHours) ? 2 * Math.pow(0.5, ageHours / FRESHNESS_HALF_LIFE_HOURS) : 0;
  const growth = 2 * Math.log2(1 + Math.max(0, input.recentReports));
  return Math.round((rankBase(input) + growth + freshness) * 1000) / 1000;
}

/**
 * The part of eventScore() that does not change with time: publishers and facts. The desk adds
 * growth and freshness as of the moment it lists events (src/events/live-score.ts).
 */
export function rankBase(input: Pick<ScoreInput, 'publishers' | 'facts'>): number {
  const publishers = 3 * Math.log2(1 + Math.max(0, input.publishers));
  const facts = Math.min(1, Math.max(0, input.facts) / 10);
  return publishers + facts;
}

import type { FactSheet } from '../extract/types.ts';
import { terms } from './text.ts';

/** What the grouping knows of one story: the same shape for `pulse cluster` items and stored stories. */
export interface StoryInput {
  title: string;
  /** Body text when there is one (the fact sheet's paragraphs, or a cluster item's `text`). */
  text?: string | null;
  /** Fact-sheet entity names (people, organisations, places). */
  entities?: readonly string[];
  /** Fact-sheet figures as comparable keys ("money:1200000000"). */
  figures?: readonly string[];
  /** Publication time in ms since the epoch; null when unknown. */
  publishedAt: number | null;
}

/** A story's grouping signals: term counts per field, entity and figure keys, time. */
export interface StoryFeatures {
  title: Record<string, number>;
  body: Record<string, number>;
  entities: string[];
  figures: string[];
  at: number | null;
}

// The body's opening carries the news (inverted pyramid); the rest mostly repeats or digresses.
// 120 words keeps assignment cheap on 2,000-word articles.
export const BODY_WORDS = 120;

function counts(words: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of words) out[w] = (out[w] ?? 0) + 1;
  return out;
}

/** Entity names folded for comparison ("Alibaba Group" and "alibaba group" are one). */
export function entityKey(name: string): string {
  return terms(name).join(' ');
}

/** Extracts a story's grouping features. */
export function storyFeatures(input: StoryInput): StoryFeatures {
  const titleWords = terms(input.title);
  // A headline counts each word once: repeats in 10 words are style, not weight.
  const title: Record<string, number> = {};
  for (const w of titleWords) title[w] = 1;
  const body = input.text ? counts(terms(input.text).slice(0, BODY_WORDS)) : {};
  const entities = [...new Set((input.entities ?? []).map(entityKey).filter((e) => e.length > 0))].sort();
  const figures = [...new Set(input.figures ?? [])].sort();
  return { title, body, entities, figures, at: input.publishedAt };
}

/** The grouping input of a stored story: its title, the fact sheet's body, entities and figures. */
export function storyInputFromFacts(title: string, facts: Partial<FactSheet> | null, publishedAt: Date | string | null): StoryInput {
  const paragraphs = facts?.body?.paragraphs ?? [];
  const text = paragraphs.length > 0 ? paragraphs.join('\n') : (facts?.description ?? null);
  const entities = (facts?.entities ?? []).slice(0, 12).map((e) => e.name);
  const figures = (facts?.figures ?? [])
    .filter((f) => f.kind !== 'version' || typeof f.value === 'string')
    .map((f) => `${f.kind}:${typeof f.value === 'number' ? Number(f.value.toPrecision(3)) : f.value}${f.currency ? f.currency : ''}`);
  const at = publishedAt === null ? null : new Date(publishedAt).getTime();
  return { title: title || facts?.title || '', text, entities, figures, publishedAt: Number.isFinite(at) ? at : null };
}

import type { AnalysisStatus } from '../db/schema.ts';
import type { FieldProblem } from './validation.ts';

/**
 * The analysis life cycle (SPEC: `draft → scheduled → published (revisions) → retracted`), as a
 * table: which action each status allows. Pure, so the rules read in one place.
 */
export type AnalysisAction = 'update' | 'schedule' | 'publish' | 'unschedule' | 'retract';

const ALLOWED: Record<AnalysisStatus, readonly AnalysisAction[]> = {
  draft: ['update', 'schedule', 'publish'],
  scheduled: ['update', 'schedule', 'publish', 'unschedule'],
  published: ['update', 'retract'],
  retracted: [],
};

const WHY: Record<AnalysisStatus, string> = {
  draft: 'only a published analysis can be retracted',
  scheduled: 'only a published analysis can be retracted',
  published: 'it is already published (edit it with PATCH, or retract it)',
  retracted: 'a retracted analysis is final',
};

/** Returns null when `action` is allowed from `status`, else the message saying why not. */
export function transitionRefusal(status: AnalysisStatus, action: AnalysisAction): string | null {
  if (ALLOWED[status].includes(action)) return null;
  if (action === 'unschedule') return `cannot unschedule a ${status} analysis: only a scheduled one can be`;
  return `cannot ${action} a ${status} analysis: ${WHY[status]}`;
}

/** The fields a piece needs before it goes out (SPEC "HTTP rules": a finished piece). */
export interface PublishableFields {
  headline: string;
  dek: string | null;
  rundown: string[];
  take: { text: string } | null;
  body: string;
}

/** Returns a rundown point as compared for duplicates: case, punctuation and spacing ignored. */
export function normalisePoint(point: string): string {
  return point.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Returns EVERY field that stops an analysis from being published or scheduled (empty when none):
 * a headline, a dek, 3–5 distinct non-empty rundown points, a take with its text, and a body
 * (SPEC "HTTP rules"; issue 11: "x, x, x" with no dek, take or body went out). A draft may be anything.
 */
export function publishProblems(a: PublishableFields): FieldProblem[] {
  const out: FieldProblem[] = [];
  const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';
  if (blank(a.headline)) out.push({ field: 'headline', message: 'a headline is required to publish' });
  if (blank(a.dek)) out.push({ field: 'dek', message: 'a dek (one-sentence summary) is required to publish' });
  const points = a.rundown.map(normalisePoint).filter((p) => p !== '');
  const distinct = new Set(points).size;
  if (points.length < a.rundown.length) out.push({ field: 'rundown', message: 'rundown points must not be empty' });
  else if (distinct < points.length) out.push({ field: 'rundown', message: `rundown points must be distinct (${points.length - distinct} repeated)` });
  else if (distinct < 3 || distinct > 5) out.push({ field: 'rundown', message: `3 to 5 rundown points are needed to publish (it has ${distinct})` });
  if (a.take === null || blank(a.take.text)) out.push({ field: 'take', message: 'a take with its text is required to publish' });
  if (blank(a.body)) out.push({ field: 'body', message: 'a body is required to publish' });
  return out;
}

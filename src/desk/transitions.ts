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

/** The fields a piece needs before it goes out (SPEC: rundown "3–5 points"). */
export interface PublishableFields {
  headline: string;
  rundown: string[];
}

/** Returns what stops an analysis from being published or scheduled (empty when nothing does). */
export function publishProblems(a: PublishableFields): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (a.headline.trim() === '') out.push({ field: 'headline', message: 'required to publish' });
  if (a.rundown.length < 3 || a.rundown.length > 5) out.push({ field: 'rundown', message: `3 to 5 points are needed to publish (it has ${a.rundown.length})` });
  return out;
}

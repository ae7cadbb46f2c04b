import { z } from 'zod';
import { PulseError } from '../errors.ts';

/** One refused field: its dotted path (`stats.1.label`) and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Returns zod's issues as `[{field, message}]`, one per problem, unknown keys named one by one. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ field: base ? `${base}.${key}` : key, message: 'unknown field' });
    } else {
      out.push({ field: base || '(body)', message: issue.message });
    }
  }
  return out;
}

/**
 * Returns `value` parsed by `schema`, or throws validation_failed (422) naming every bad field.
 * A body that is not a JSON object at all is a bad_request (400).
 */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const body = value === undefined || value === null ? {} : value;
  if (typeof body !== 'object' || Array.isArray(body)) throw new PulseError('bad_request', `${what}: the body must be a JSON object`);
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const details = fieldProblems(result.error);
  const summary = details.slice(0, 3).map((d) => `${d.field}: ${d.message}`).join('; ');
  throw new PulseError('validation_failed', `${what}: ${summary}${details.length > 3 ? '; …' : ''}`, { details });
}

/** Returns a positive integer id from a path or query parameter, or throws bad_request naming it. */
export function parseId(value: unknown, field = 'id'): number {
  const text = String(value ?? '');
  const n = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) throw new PulseError('bad_request', `${field} must be a positive integer (got ${JSON.stringify(text)})`, { details: [{ field, message: 'must be a positive integer' }] });
  return n;
}

// Plain-text fields: anything an editor types is accepted (SPEC "Editors may type anything") within
// sane lengths; the renderers escape it wherever it lands.
const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const optionalText = (max: number) => text(max).nullable().optional();

/** Where a stat was found: the story and its sentence (issue 11: editing a value keeps its evidence). */
export const evidenceSchema = z.strictObject({
  story_id: z.number().int().positive().nullable().optional().transform((v) => v ?? null),
  sentence: z.string().trim().min(1, 'required').max(2000, 'at most 2000 characters'),
});

// {value, label} stays valid; `evidence` is optional (API compatibility).
export const statSchema = z.strictObject({
  value: z.string().trim().min(1, 'required').max(100, 'at most 100 characters'),
  label: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  evidence: evidenceSchema.optional(),
});

/** SPEC "Analysis": `pull_quote` is a string, or `{text, speaker}`. */
export const pullQuoteSchema = z.union([
  text(1000),
  z.strictObject({ text: text(1000), speaker: text(200).nullable().optional() }),
]);

// The take's title is optional (issue 11: no default "The take" printed under THE TAKE).
export const takeSchema = z.strictObject({
  title: text(200).optional().default(''),
  text: text(10_000),
  author: text(200),
});

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The Analysis fields of SPEC, every one optional (POST pre-fills what is omitted; PATCH changes what is given). */
const analysisFields = {
  headline: z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters').optional(),
  dek: optionalText(1000),
  category: optionalText(100),
  highlight: optionalText(200),
  stats: z.array(statSchema).max(8, 'at most 8 stats').optional(),
  // Drafts may hold fewer than three points; publishing checks 3–5 (publishable()).
  rundown: z.array(z.string().trim().min(1, 'must not be empty').max(1000, 'at most 1000 characters')).max(5, 'at most 5 points').optional(),
  take: takeSchema.nullable().optional(),
  body: text(500_000).optional(),
  pull_quote: pullQuoteSchema.nullable().optional(),
  watch: optionalText(2000),
  tags: z.array(z.string().trim().min(1, 'must not be empty').max(60, 'at most 60 characters')).max(20, 'at most 20 tags').optional(),
  author: optionalText(200),
  slug: z.string().max(200, 'at most 200 characters').regex(SLUG_PATTERN, 'lowercase letters, digits and single hyphens only').optional(),
  story_ids: z.array(z.number().int().positive()).max(20, 'at most 20 stories').optional(),
};

/** POST /api/analyses. Unknown fields are refused (422 naming them), so a typo never silently drops text. */
export const createAnalysisSchema = z.strictObject({
  ...analysisFields,
  // SPEC "Drafts and checks": an analysis created from an event takes all its stories and is drafted from them.
  event_id: z.number().int().positive().optional(),
});
export type CreateAnalysisInput = z.output<typeof createAnalysisSchema>;

/** PATCH /api/analyses/:id: the version read, plus the fields to change. */
export const patchAnalysisSchema = z.strictObject({ version: z.number({ error: 'required: the version you last read' }).int().min(1), ...analysisFields });
export type PatchAnalysisInput = z.output<typeof patchAnalysisSchema>;

/** POST /api/analyses/:id/publish: `at` in the future schedules; `version` (optional) guards against publishing a stale read. */
export const publishSchema = z.strictObject({
  at: z.iso.datetime({ offset: true, error: 'an ISO 8601 date-time with a zone, e.g. 2026-07-10T09:00:00Z' }).optional(),
  version: z.number().int().min(1).optional(),
});

export const retractSchema = z.strictObject({
  reason: z.string().trim().max(1000, 'at most 1000 characters').optional(),
  version: z.number().int().min(1).optional(),
});

export const unscheduleSchema = z.strictObject({ version: z.number().int().min(1).optional() });

export const claimSchema = z.strictObject({ force: z.boolean().optional() });
export const releaseSchema = z.strictObject({ force: z.boolean().optional() });
export const dismissSchema = z.strictObject({ reason: z.string().trim().max(1000, 'at most 1000 characters').optional(), force: z.boolean().optional() });

export const restoreSchema = z.strictObject({});
/** POST /api/events/:id/merge: `{"event_id": N}` folds event N into this one. */
export const mergeSchema = z.strictObject({ event_id: z.number({ error: 'required: the event to fold into this one' }).int().positive() });
/** POST /api/stories/:id/move: `{"event_id": N}`, or null for an event of its own. */
export const moveSchema = z.strictObject({ event_id: z.union([z.number().int().positive(), z.null()], { error: 'required: an event id, or null for an event of its own' }) });
/** POST /api/analyses/:id/handover (admin): the editor who owns it from now on. */
export const handoverSchema = z.strictObject({
  editor: z.string().trim().min(1, 'required: the name of the editor who takes it over').max(200, 'at most 200 characters'),
  version: z.number().int().min(1).optional(),
});

export const newEditorSchema = z.strictObject({
  name: z.string().trim().min(1, 'required').max(200, 'at most 200 characters'),
  role: z.enum(['editor', 'admin']).default('editor'),
});

// Query strings: unknown parameters are ignored (cache busters, tracking); unknown body fields are refused.
export const storyQuerySchema = z.object({
  status: z.enum(['ready', 'claimed', 'new', 'fetched', 'used', 'dismissed', 'failed', 'all']).optional(),
  source: z.string().regex(/^[1-9]\d{0,15}$/, 'a source id').transform(Number).optional(),
  q: z.string().trim().max(200, 'at most 200 characters').optional(),
  cursor: z.string().max(300).optional(),
  limit: z.string().regex(/^\d+$/, 'a number').transform(Number).pipe(z.number().int().min(1).max(200)).optional(),
});

export const eventQuerySchema = z.object({
  status: z.enum(['open', 'claimed', 'used', 'dismissed', 'all']).optional(),
  q: z.string().trim().max(200, 'at most 200 characters').optional(),
  cursor: z.string().max(300).optional(),
  limit: z.string().regex(/^\d+$/, 'a number').transform(Number).pipe(z.number().int().min(1).max(200)).optional(),
});

export const analysisQuerySchema = z.object({
  status: z.enum(['draft', 'scheduled', 'published', 'retracted']).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.string().regex(/^\d+$/, 'a number').transform(Number).pipe(z.number().int().min(1).max(200)).optional(),
});

import type { FastifyInstance, FastifyReply } from 'fastify';
import { applyDraftAction, type DraftAction, type StoredDraft } from '../../drafts/draft-actions.ts';
import { loadChecks } from '../../drafts/draft-repository.ts';
import { DRAFT_FIELDS, type DraftField } from '../../drafts/types.ts';
import { PulseError } from '../../errors.ts';
import { editorOf } from '../../http/auth.ts';
import type { Executor } from '../../queue/types.ts';
import type { DeskDeps } from '../analyses.ts';
import { updateAnalysis } from '../analyses.ts';
import { parseId } from '../validation.ts';
import { draftPanel } from './draft-panel.ts';
import type { SafeHtml } from './html.ts';

/**
 * The desk's draft decisions: `POST /desk/analyses/:id/draft` (form fields `field`, `index`,
 * `op` = accept | swap | drop, `candidate` for a swap, `version`) applies one decision to the
 * analysis and records it in its draft, then goes back to the edit page (303). Registered inside
 * the desk's scope, so its session and CSRF hooks apply.
 */
export function draftRoutes(app: FastifyInstance, desk: DeskDeps): void {
  const db = desk.db.kysely;
  app.post<{ Params: { id: string } }>('/desk/analyses/:id/draft', async (request, reply: FastifyReply) => {
    const id = parseId(request.params.id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const field = text('field') as DraftField;
    const op = text('op');
    if (!DRAFT_FIELDS.includes(field) || !['accept', 'swap', 'drop'].includes(op) || !/^\d+$/.test(text('index')) || !/^\d+$/.test(text('version'))) {
      throw new PulseError('bad_request', 'draft: field, index, op (accept, swap or drop) and version are required');
    }
    const index = Number(text('index'));
    const action: DraftAction = op === 'swap' ? { op, field, index, candidate: /^\d+$/.test(text('candidate')) ? Number(text('candidate')) : -1 } : { op: op as 'accept' | 'drop', field, index };
    const row = await db.selectFrom('analyses').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new PulseError('not_found', `analysis ${id} not found`);
    if (!row.draft) throw new PulseError('conflict', `analysis ${id} has no draft`);
    const result = applyDraftAction(row.draft as StoredDraft, { ...row, headline: row.headline }, action);
    if ('error' in result) throw new PulseError('validation_failed', result.error);
    await updateAnalysis(desk, editorOf(request), id, { version: Number(text('version')), ...result.changes }, { draft: result.draft });
    return reply.redirect(`/desk/analyses/${id}?notice=saved#draft`, 303);
  });
}

/** Returns the edit page's draft panel for analysis `id`: its checks and stored draft. */
export async function draftPanelFor(db: Executor, a: { id: number; version: number; sources: { story_id: number; publisher: string }[] }, csrf: string): Promise<SafeHtml> {
  const row = await db.selectFrom('analyses').select('draft').where('id', '=', a.id).executeTakeFirst();
  return draftPanel({
    analysisId: a.id,
    version: a.version,
    csrf,
    draft: (row?.draft as StoredDraft | null) ?? null,
    checks: await loadChecks(db, a.id),
    publishers: new Map(a.sources.map((s) => [s.story_id, s.publisher])),
  });
}

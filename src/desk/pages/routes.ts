import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AnalysisStatus } from '../../db/schema.ts';
import { isPulseError, PulseError } from '../../errors.ts';
import { csrfOf, editorOf, loadDeskSession, sessionCookie, sessionCookieHeader } from '../../http/auth.ts';
import type { AppDeps } from '../../http/app.ts';
import { toHttpError } from '../../http/errors.ts';
import { renderMarkdown } from '../../publish/markdown.ts';
import { fastifyCookie } from '@fastify/cookie';
import { listAnalyses, loadAnalysis, loadRevisions, type AnalysisView } from '../analysis-view.ts';
import { createAnalysis, publishAnalysis, retractAnalysis, unscheduleAnalysis, updateAnalysis, type DeskDeps } from '../analyses.ts';
import { editorByToken } from '../editors.ts';
import { createLoginLimiter } from '../login-limiter.ts';
import { statOffers, type StatOffer } from '../prefill.ts';
import { newSecret, sameSecret } from '../secrets.ts';
import { createSession, deleteSession } from '../sessions.ts';
import { assertLeaseDone, claimStory, dismissStory, getStory, listQueue, releaseStory, type LeaseOutcome } from '../story-queue.ts';
import { publishProblems } from '../transitions.ts';
import { createAnalysisSchema, fieldProblems, parseId, patchAnalysisSchema, storyQuerySchema, type FieldProblem } from '../validation.ts';
import { analysesPage, retractForm } from './analyses-page.ts';
import { composeStoryIds, distinctOffers, inputFromValues, scheduleInstant, valuesFromAnalysis, valuesFromForm, valuesFromStories, type ComposeValues } from './compose-form.ts';
import { composePage } from './compose-page.ts';
import { draftPanelFor, draftRoutes } from './draft-routes.ts';
import { valuesWithDraft } from './draft-panel.ts';
import { draftAnalysis } from '../../drafts/draft.ts';
import { deskCategories, loadDraftSources } from '../../drafts/draft-repository.ts';
import { html, type SafeHtml } from './html.ts';
import { deskLayout, type LayoutOptions } from './layout.ts';
import { loginPage } from './login-page.ts';
import { queuePage, shortTime } from './queue-page.ts';
import { storyPage } from './story-page.ts';

/**
 * The HTML desk at /desk (server-rendered; every core action is a plain form, so it works without
 * JavaScript). Lives beside the desk services because it is their second face; the HTTP edge stays
 * thin: read the form, call the service, render or redirect (303 after every successful POST).
 *
 * Security: the session cookie is HttpOnly, SameSite=Strict, Path=/desk and Secure on https; every
 * POST carries the session's CSRF token in a hidden field (checked in constant time); sign-in has
 * its own double-submit token and a per-address rate limit shared by every process (login_attempts); pages are no-store and cannot be framed.
 */

const LOGIN_COOKIE = 'pulse_login';

const NOTICES: Record<string, string> = {
  claimed: 'Claimed for 30 minutes. The claim renews whenever you claim again.',
  released: 'Released: the story is back in the queue.',
  dismissed: 'Story dismissed.',
  saved: 'Saved.',
  published: 'Published. The feeds carry it now.',
  scheduled: 'Scheduled.',
  unscheduled: 'Unscheduled: back to draft.',
  retracted: 'Retracted: it has left every feed.',
  'signed-out': 'Signed out.',
};

/** Returns `next` when it is a desk path (no open redirect), else /desk. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/desk(\/[A-Za-z0-9/_?=&%.-]*)?$/.test(next) && !next.startsWith('//') ? next : '/desk';
}

function field(body: unknown, name: string): string {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v : '';
}

/** Registers the desk's pages on `app` (an encapsulated scope: its form parser, hooks and error page stay here). */
export async function deskPages(app: FastifyInstance, deps: AppDeps, desk: DeskDeps): Promise<void> {
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  const db = deps.db.kysely;
  const baseUrl = deps.config.baseUrl;
  const secure = baseUrl.startsWith('https:');
  const limiter = createLoginLimiter(db);

  const page = (reply: FastifyReply, request: FastifyRequest, opts: Omit<LayoutOptions, 'editor' | 'csrf'>, body: SafeHtml, status = 200) => {
    let editor = null;
    try {
      editor = editorOf(request);
    } catch {
      editor = null;
    }
    const notice = opts.notice ?? NOTICES[String((request.query as Record<string, unknown> | undefined)?.notice ?? '')] ?? null;
    return reply.status(status).type('text/html; charset=utf-8').send(deskLayout({ ...opts, notice, editor, csrf: csrfOf(request) }, body));
  };

  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('cache-control', 'no-store');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    return payload;
  });

  app.setErrorHandler((err, request, reply) => {
    const { status, body } = toHttpError(err);
    if (status >= 500) request.log.error({ err }, 'desk page failed');
    if (status === 429 && !reply.hasHeader('retry-after')) void reply.header('retry-after', '60');
    const details = Array.isArray(body.error.details) ? (body.error.details as FieldProblem[]) : [];
    return page(reply, request, { title: 'Problem' }, html`<h1>${status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : status === 409 ? 'Conflict' : 'Something went wrong'}</h1>
<div class="error-box" role="alert">${body.error.message}${details.length > 0 ? html`<ul>${details.map((d) => html`<li>${d.field}: ${d.message}</li>`)}</ul>` : ''}</div>
<p><a href="/desk">Back to the queue</a></p>`, status);
  });

  // Every page but sign-in needs a session; every POST but sign-in needs the session's CSRF token.
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (path === '/desk/login') return;
    if (await loadDeskSession(deps.db, request, desk.now())) return;
    const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
    return reply.redirect(`/desk/login${next}`, 303);
  });
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || request.url.split('?')[0] === '/desk/login') return;
    const token = field(request.body, '_csrf');
    if (!token || !sameSecret(token, csrfOf(request))) {
      throw new PulseError('forbidden', 'This form’s security token is missing or out of date (CSRF check). Reload the page and submit it again.');
    }
  });

  // --- sign-in / sign-out ----------------------------------------------------------------------
  const loginCookie = (value: string, maxAge: number) =>
    fastifyCookie.serialize(LOGIN_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/desk/login', maxAge });

  app.get('/desk/login', async (request, reply) => {
    if (await loadDeskSession(deps.db, request, desk.now())) return reply.redirect('/desk', 303);
    const csrf = newSecret();
    void reply.header('set-cookie', loginCookie(csrf, 3600));
    return page(reply, request, { title: 'Sign in' }, loginPage({ csrf, next: safeNext((request.query as Record<string, unknown>).next) }));
  });

  app.post('/desk/login', async (request, reply) => {
    const next = safeNext(field(request.body, 'next'));
    const verdict = await limiter.attempt(request.ip, desk.now());
    if (!verdict.allowed) {
      void reply.header('retry-after', String(verdict.retryAfterSec));
      return page(reply, request, { title: 'Sign in' }, loginPage({ csrf: '', next, error: `Too many sign-in attempts. Try again in ${Math.ceil(verdict.retryAfterSec / 60)} minutes.` }), 429);
    }
    const expected = request.headers.cookie ? (fastifyCookie.parse(request.headers.cookie)[LOGIN_COOKIE] ?? '') : '';
    const sent = field(request.body, '_csrf');
    if (!expected || !sent || !sameSecret(expected, sent)) {
      const csrf = newSecret();
      void reply.header('set-cookie', loginCookie(csrf, 3600));
      return page(reply, request, { title: 'Sign in' }, loginPage({ csrf, next, error: 'The sign-in form expired (CSRF check). Please try again.' }), 403);
    }
    const editor = await editorByToken(db, field(request.body, 'token').trim());
    if (!editor) return page(reply, request, { title: 'Sign in' }, loginPage({ csrf: sent, next, error: 'That token is not valid.' }), 401);
    const session = await createSession(db, editor.id, desk.now());
    void reply.header('set-cookie', [sessionCookieHeader(session.sessionToken, { secure, expires: session.expiresAt }), loginCookie('', 0)]);
    return reply.redirect(next, 303);
  });

  app.post('/desk/logout', async (request, reply) => {
    const token = sessionCookie(request);
    if (token) await deleteSession(db, token);
    void reply.header('set-cookie', sessionCookieHeader('', { secure, expires: new Date(0) }));
    return reply.redirect('/desk/login?notice=signed-out', 303);
  });

  // --- queue and stories -----------------------------------------------------------------------
  app.get('/desk', async (request, reply) => {
    const raw = request.query as Record<string, string | undefined>;
    const parsed = storyQuerySchema.safeParse({ ...raw, source: raw.source || undefined, q: raw.q || undefined, status: raw.status || undefined });
    const query = parsed.success ? parsed.data : {};
    const [result, sources] = await Promise.all([listQueue(db, { ...query, limit: 50 }, desk.now()), db.selectFrom('sources').select(['id', 'name']).orderBy('name').execute()]);
    const filters = { status: query.status ?? 'ready', source: query.source ? String(query.source) : '', q: query.q ?? '' };
    return page(
      reply,
      request,
      { title: 'Queue', current: 'queue', error: parsed.success ? null : `Filters ignored: ${fieldProblems(parsed.error).map((p) => `${p.field}: ${p.message}`).join('; ')}` },
      queuePage({ items: result.items, nextCursor: result.next_cursor, filters, sources, editor: editorOf(request), csrf: csrfOf(request) }),
    );
  });

  app.get<{ Params: { id: string } }>('/desk/stories/:id', async (request, reply) => {
    const story = await getStory(db, parseId(request.params.id), desk.now());
    return page(reply, request, { title: story.title || `Story ${story.id}`, current: 'queue' }, storyPage({ story, editor: editorOf(request), csrf: csrfOf(request) }));
  });

  const leaseAction = (action: 'claim' | 'release' | 'dismiss', run: (request: FastifyRequest, id: number, force: boolean) => Promise<LeaseOutcome>, to: (id: number) => string) =>
    app.post<{ Params: { id: string } }>(`/desk/stories/:id/${action}`, async (request, reply) => {
      const id = parseId(request.params.id);
      const force = field(request.body, 'force') === '1';
      if (force && editorOf(request).role !== 'admin') throw new PulseError('forbidden', 'only an admin may break another editor’s claim');
      const outcome = await run(request, id, force);
      if (outcome.kind === 'held' || outcome.kind === 'wrong-status') {
        const story = await getStory(db, id, desk.now());
        const message = (() => {
          try {
            assertLeaseDone(outcome, id, action);
            return '';
          } catch (err) {
            return (err as Error).message;
          }
        })();
        return page(reply, request, { title: story.title, current: 'queue', error: message }, storyPage({ story, editor: editorOf(request), csrf: csrfOf(request) }), 409);
      }
      assertLeaseDone(outcome, id, action);
      return reply.redirect(to(id), 303);
    });
  leaseAction('claim', (r, id, force) => claimStory(db, editorOf(r), id, desk.now(), { force }), (id) => `/desk/stories/${id}?notice=claimed`);
  leaseAction('release', (r, id, force) => releaseStory(db, editorOf(r), id, desk.now(), { force }), () => '/desk?notice=released');
  leaseAction('dismiss', (r, id, force) => dismissStory(db, editorOf(r), id, desk.now(), { reason: field(r.body, 'reason').trim().slice(0, 1000) || null, force }), () => '/desk?notice=dismissed');

  // --- compose and edit ------------------------------------------------------------------------
  const storyTitles = async (ids: number[]) =>
    ids.length === 0 ? [] : (await db.selectFrom('stories').select(['id', 'title']).where('id', 'in', ids).execute()).map((s) => s.title);
  const offersFor = async (ids: number[]): Promise<StatOffer[]> => {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('stories').select(['id', 'facts']).where('id', 'in', ids).execute();
    return ids.flatMap((id) => statOffers(rows.find((r) => r.id === id)?.facts ?? null));
  };

  app.get('/desk/compose', async (request, reply) => {
    const ids = composeStoryIds(request.query as Record<string, unknown>);
    const now = desk.now();
    const stories = await Promise.all(ids.map((id) => getStory(db, id, now)));
    const offers = distinctOffers(stories.flatMap((story) => statOffers(story.facts)));
    const sources = await loadDraftSources(db, ids);
    const values = valuesWithDraft(valuesFromStories(stories, offers, editorOf(request).name), sources.length > 0 ? draftAnalysis(sources, { categories: await deskCategories(db) }) : null);
    return page(reply, request, { title: 'New analysis', current: 'compose' }, composePage({ action: '/desk/compose', values, csrf: csrfOf(request), status: null, storyTitles: stories.map((story) => story.title) }));
  });

  const composeAgain = async (reply: FastifyReply, request: FastifyRequest, values: ComposeValues, opts: { problems?: FieldProblem[]; preview?: boolean; status?: number; error?: string }) =>
    page(
      reply,
      request,
      { title: 'New analysis', current: 'compose', error: opts.error ?? null },
      composePage({ action: '/desk/compose', values, csrf: csrfOf(request), status: null, problems: opts.problems ?? [], previewHtml: opts.preview ? renderMarkdown(values.body) : null, storyTitles: await storyTitles(values.story_ids) }),
      opts.status ?? 200,
    );

  app.post('/desk/compose', async (request, reply) => {
    const values = valuesFromForm(request.body as Record<string, unknown>);
    const action = field(request.body, 'action') || 'save';
    if (action === 'preview') return composeAgain(reply, request, values, { preview: true });
    const parsed = createAnalysisSchema.safeParse(inputFromValues(values));
    const problems = parsed.success ? [] : fieldProblems(parsed.error);
    const at = action === 'schedule' ? scheduleInstant(values.at) : null;
    if (action === 'schedule' && (at === null || new Date(at) <= desk.now())) problems.push({ field: 'at', message: 'a date and time in the future (UTC) is needed to schedule' });
    if (parsed.success && (action === 'publish' || action === 'schedule')) problems.push(...publishProblems({ headline: parsed.data.headline ?? '', rundown: parsed.data.rundown ?? [] }));
    if (!parsed.success || problems.length > 0) return composeAgain(reply, request, values, { problems, status: 422 });
    try {
      const created = await createAnalysis(desk, editorOf(request), parsed.data);
      if (action === 'publish' || action === 'schedule') {
        await publishAnalysis(desk, editorOf(request), created.id, { version: created.version, ...(at ? { at } : {}) });
        return reply.redirect(`/desk/analyses/${created.id}?notice=${action === 'publish' ? 'published' : 'scheduled'}`, 303);
      }
      return reply.redirect(`/desk/analyses/${created.id}?notice=saved`, 303);
    } catch (err) {
      if (isPulseError(err, 'validation_failed', 'conflict')) return composeAgain(reply, request, values, { problems: Array.isArray(err.details) ? (err.details as FieldProblem[]) : [], error: err.message, status: toHttpError(err).status });
      throw err;
    }
  });

  const editPage = async (reply: FastifyReply, request: FastifyRequest, a: AnalysisView, values: ComposeValues, opts: { problems?: FieldProblem[]; preview?: boolean; status?: number; error?: string } = {}) => {
    const revisions = await loadRevisions(db, a.id);
    return page(
      reply,
      request,
      { title: `Edit: ${a.headline}`, current: 'analyses', error: opts.error ?? null },
      html`<p class="small"><a href="/desk/analyses">← Analyses</a>${a.url ? html` · <a href="${a.url}">live page</a>` : ''} · version ${a.version}${a.published_at ? html` · published ${shortTime(a.published_at)}` : ''}${a.scheduled_at ? html` · scheduled for ${shortTime(a.scheduled_at)}` : ''}</p>
${a.status === 'retracted'
  ? html`<h1>${a.headline} <span class="tag">retracted</span></h1><p>Retracted ${shortTime(a.retracted_at)}${a.retract_reason ? html`: ${a.retract_reason}` : ''}. A retraction is final.</p>`
  : composePage({ action: `/desk/analyses/${a.id}`, values, csrf: csrfOf(request), status: a.status, problems: opts.problems ?? [], previewHtml: opts.preview ? renderMarkdown(values.body) : null, storyTitles: a.sources.map((s) => `${s.title ?? s.url} (${s.publisher})`), draftPanel: await draftPanelFor(db, a, csrfOf(request)) })}
${a.status === 'published' ? html`<h2>Retract</h2>${retractForm(a, csrfOf(request))}` : ''}
<h2>Revisions</h2>
<ol reversed class="small">${revisions.map((r) => html`<li>v${r.version} · ${r.action} · ${r.editor_name ?? 'scheduler'} · ${shortTime(r.created_at)}</li>`)}</ol>`,
      opts.status ?? 200,
    );
  };

  app.get('/desk/analyses', async (request, reply) => {
    const statuses: AnalysisStatus[] = ['draft', 'scheduled', 'published', 'retracted'];
    const lists = await Promise.all(statuses.map((status) => listAnalyses(db, { status, limit: 50 }, baseUrl)));
    return page(reply, request, { title: 'Analyses', current: 'analyses' }, analysesPage(new Map(statuses.map((s, i) => [s, lists[i]!.items]))));
  });

  app.get<{ Params: { id: string } }>('/desk/analyses/:id', async (request, reply) => {
    const a = await loadAnalysis(db, parseId(request.params.id), baseUrl);
    return editPage(reply, request, a, valuesFromAnalysis(a, await offersFor(a.story_ids)));
  });

  app.post<{ Params: { id: string } }>('/desk/analyses/:id', async (request, reply) => {
    const id = parseId(request.params.id);
    const stored = await loadAnalysis(db, id, baseUrl);
    const values = valuesFromForm(request.body as Record<string, unknown>);
    const action = field(request.body, 'action') || 'save';
    if (action === 'preview') return editPage(reply, request, stored, values, { preview: true });
    const parsed = patchAnalysisSchema.safeParse({ version: values.version ?? 0, ...inputFromValues(values) });
    const problems = parsed.success ? [] : fieldProblems(parsed.error);
    const at = action === 'schedule' ? scheduleInstant(values.at) : null;
    if (action === 'schedule' && (at === null || new Date(at) <= desk.now())) problems.push({ field: 'at', message: 'a date and time in the future (UTC) is needed to schedule' });
    if (!parsed.success || problems.length > 0) return editPage(reply, request, stored, values, { problems, status: 422 });
    const editor = editorOf(request);
    try {
      const saved = await updateAnalysis(desk, editor, id, parsed.data);
      if (action === 'publish') await publishAnalysis(desk, editor, id, { version: saved.version });
      if (action === 'schedule' && at) await publishAnalysis(desk, editor, id, { version: saved.version, at });
      if (action === 'unschedule') await unscheduleAnalysis(desk, editor, id, { version: saved.version });
      const notice = action === 'publish' ? 'published' : action === 'schedule' ? 'scheduled' : action === 'unschedule' ? 'unscheduled' : 'saved';
      return reply.redirect(`/desk/analyses/${id}?notice=${notice}`, 303);
    } catch (err) {
      if (!isPulseError(err, 'validation_failed', 'conflict')) throw err;
      const current = await loadAnalysis(db, id, baseUrl);
      const stale = err.code === 'conflict' && typeof (err.details as { current_version?: unknown } | null)?.current_version === 'number';
      // A stale save keeps every edit in the form; the hidden version moves to the current one, so
      // saving again (after checking the other changes) deliberately replaces them.
      const kept = stale ? { ...values, version: current.version } : values;
      const error = stale
        ? `Someone else saved this analysis meanwhile (now version ${current.version}; you started from version ${values.version ?? '?'}). Nothing of yours was saved and your edits are kept below. Check the current version (open it in a new tab), then save again to replace it.`
        : err.message;
      return editPage(reply, request, current, kept, { problems: Array.isArray(err.details) ? (err.details as FieldProblem[]) : [], error, status: toHttpError(err).status });
    }
  });

  draftRoutes(app, desk);

  app.post<{ Params: { id: string } }>('/desk/analyses/:id/retract', async (request, reply) => {
    const id = parseId(request.params.id);
    const version = /^\d+$/.test(field(request.body, 'version')) ? Number(field(request.body, 'version')) : undefined;
    await retractAnalysis(desk, editorOf(request), id, { reason: field(request.body, 'reason').trim().slice(0, 1000) || undefined, version });
    return reply.redirect(`/desk/analyses/${id}?notice=retracted`, 303);
  });
}

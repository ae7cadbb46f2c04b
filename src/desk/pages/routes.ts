import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AnalysisStatus } from '../../db/schema.ts';
import { isPulseError, PulseError } from '../../errors.ts';
import { csrfOf, editorOf, loadDeskSession, sessionCookie, sessionCookieHeader } from '../../http/auth.ts';
import type { AppDeps } from '../../http/app.ts';
import { toHttpError } from '../../http/errors.ts';
import { fastifyCookie } from '@fastify/cookie';
import { listAnalyses, loadAnalysis, loadRevisions, type AnalysisView } from '../analysis-view.ts';
import { createAnalysis, handoverAnalysis, publishAnalysis, retractAnalysis, unscheduleAnalysis, updateAnalysis, type DeskDeps } from '../analyses.ts';
import { editorByToken, type Editor } from '../editors.ts';
import { createLoginLimiter, tokenKey } from '../login-limiter.ts';
import { deskStatOffers, type DeskStatOffer } from '../stat-offers.ts';
import { renderPreviewPage, type PreviewInput } from '../preview.ts';
import { siteFromConfig } from '../../publish/site.ts';
import type { AnalysisSource } from '../../publish/types.ts';
import { newSecret, sameSecret } from '../secrets.ts';
import { createSession, deleteSession } from '../sessions.ts';
import { getStory } from '../story-queue.ts';
import { getDeskEvent } from '../event-queue.ts';
import { publishProblems } from '../transitions.ts';
import { createAnalysisSchema, fieldProblems, parseId, patchAnalysisSchema, type FieldProblem } from '../validation.ts';
import { analysesPage, handoverForm, retractForm } from './analyses-page.ts';
import { applyResolutions, applyStatAction, composeStoryIds, distinctOffers, fieldConflicts, inputFromValues, resolutionChoices, scheduleInstant, valuesFromAnalysis, valuesFromForm, valuesFromStories, type ComposeValues } from './compose-form.ts';
import { composePage, formPublishProblems, FORM_LIMIT_BYTES, type FieldConflict } from './compose-page.ts';
import { COMPOSE_SCRIPT } from './compose-script.ts';
import { humanTime } from './human-time.ts';
import { draftPanelFor, draftRoutes } from './draft-routes.ts';
import { valuesWithDraft } from './draft-panel.ts';
import { draftAnalysis } from '../../drafts/draft.ts';
import { deskCategories, loadDraftSources } from '../../drafts/draft-repository.ts';
import { html, type SafeHtml } from './html.ts';
import { deskLayout, type LayoutOptions } from './layout.ts';
import { loginPage } from './login-page.ts';
import { shortTime } from './queue-page.ts';
import { queueRoutes } from './queue-routes.ts';

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
/** How much of a desk form is read at most (the save limit is FORM_LIMIT_BYTES, 1 MiB). */
const FORM_READ_LIMIT_BYTES = 4 * 1024 * 1024;

const NOTICES: Record<string, string> = {
  claimed: 'Claimed for 30 minutes. The claim renews whenever you claim again.',
  released: 'Released: it is back in the queue.',
  dismissed: 'Dismissed. Changed your mind? Undo it below.',
  restored: 'Restored: it is back in the queue.',
  merged: 'Merged: the reports now form one event.',
  moved: 'Moved.',
  unchanged: 'Nothing changed: it is no longer in a state that allows this (see below).',
  saved: 'Saved.',
  published: 'Published. The feeds carry it now.',
  scheduled: 'Scheduled.',
  unscheduled: 'Unscheduled: back to draft.',
  retracted: 'Retracted: it has left every feed.',
  'handed-over': 'Handed over: the new owner can change and publish it now.',
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
  // Up to 4 MiB is READ, so a compose form over the 1 MiB limit comes back with its text rather
  // than as an error page (issue 11 point 4); the handlers refuse to save anything over 1 MiB.
  await app.register(formbody, { bodyLimit: FORM_READ_LIMIT_BYTES });
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
    void reply.header('content-security-policy', "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src http: https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    return payload;
  });

  app.setErrorHandler((err, request, reply) => {
    const { status, body } = toHttpError(err);
    if (status >= 500) request.log.error({ err }, 'desk page failed');
    if (status === 429 && !reply.hasHeader('retry-after')) void reply.header('retry-after', '60');
    if (status === 413) {
      return page(reply, request, { title: 'Too large' }, html`<h1>Too large to save</h1>
<div class="error-box" role="alert">Nothing was saved: the form was larger than the desk accepts. An analysis may hold at most 1 MiB (1,048,576 bytes) in all, body included.</div>
<p><strong>Your text is not lost.</strong> Use your browser’s Back button: the form still holds what you typed, and this browser keeps a copy of it (offered back when you reopen the form). Shorten the body, then save again.</p>
<p><a href="/desk/analyses">Analyses</a> · <a href="/desk">Queue</a></p>`, 413);
    }
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
    if ((request.method !== 'POST' && request.method !== 'PATCH') || request.url.split('?')[0] === '/desk/login') return;
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
    const now = desk.now();
    // request.ip is the peer, or the client named by X-Forwarded-For behind a trusted proxy (PULSE_TRUST_PROXY).
    const tooMany = (retryAfterSec: number) => {
      void reply.header('retry-after', String(retryAfterSec));
      return page(reply, request, { title: 'Sign in' }, loginPage({ csrf: '', next, error: `Too many sign-in attempts failed. Try again in ${Math.ceil(retryAfterSec / 60)} minutes.` }), 429);
    };
    const byAddress = await limiter.attempt(request.ip, now);
    if (!byAddress.allowed) return tooMany(byAddress.retryAfterSec);
    const expected = request.headers.cookie ? (fastifyCookie.parse(request.headers.cookie)[LOGIN_COOKIE] ?? '') : '';
    const sent = field(request.body, '_csrf');
    if (!expected || !sent || !sameSecret(expected, sent)) {
      const csrf = newSecret();
      void reply.header('set-cookie', loginCookie(csrf, 3600));
      return page(reply, request, { title: 'Sign in' }, loginPage({ csrf, next, error: 'The sign-in form expired (CSRF check). Please try again.' }), 403);
    }
    const token = field(request.body, 'token').trim();
    const byToken = await limiter.attempt(tokenKey(token), now);
    if (!byToken.allowed) return tooMany(byToken.retryAfterSec);
    const editor = await editorByToken(db, token);
    if (!editor) return page(reply, request, { title: 'Sign in' }, loginPage({ csrf: sent, next, error: 'That token is not valid.' }), 401);
    // Success: neither count keeps this attempt.
    await Promise.all([limiter.refund(request.ip), limiter.refund(tokenKey(token))]);
    const session = await createSession(db, editor.id, now);
    void reply.header('set-cookie', [sessionCookieHeader(session.sessionToken, { secure, expires: session.expiresAt }), loginCookie('', 0)]);
    return reply.redirect(next, 303);
  });

  app.post('/desk/logout', async (request, reply) => {
    const token = sessionCookie(request);
    if (token) await deleteSession(db, token);
    void reply.header('set-cookie', sessionCookieHeader('', { secure, expires: new Date(0) }));
    return reply.redirect('/desk/login?notice=signed-out', 303);
  });

  // --- queue, events and stories (queue-routes.ts) ---------------------------------------------
  await queueRoutes(app, deps, desk, page);

  // --- compose and edit ------------------------------------------------------------------------
  const storyTitles = async (ids: number[]) =>
    ids.length === 0 ? [] : (await db.selectFrom('stories').select(['id', 'title']).where('id', 'in', ids).execute()).map((s) => s.title);
  const offersFor = async (ids: number[]): Promise<DeskStatOffer[]> => {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('stories').select(['id', 'facts']).where('id', 'in', ids).execute();
    return ids.flatMap((id) => deskStatOffers(id, rows.find((r) => r.id === id)?.facts ?? null));
  };
  /** Returns "Held by Alice until 14:32 UTC (in 12 min)" when a colleague holds one of the stories (issue 11 point 9), else null. */
  const heldByColleague = async (ids: number[], editor: Editor): Promise<string | null> => {
    const now = desk.now();
    for (const id of ids) {
      const story = await getStory(db, id, now);
      if (story.claim && story.claim.editor_id !== editor.id) {
        return `Held by ${story.claim.editor_name} until ${humanTime(story.claim.expires_at, now)}: “${story.title}” is theirs while the claim lasts, so an analysis of it cannot be saved by you. Pick another story, or ask ${story.claim.editor_name} to release it.`;
      }
    }
    return null;
  };
  /** Returns null when `editor` may change `a`, else the sentence saying whose it is (SPEC "HTTP rules": owner or admin). */
  const ownerBlock = (a: AnalysisView, editor: Editor): string | null =>
    editor.role === 'admin' || (a.owner !== null && a.owner.id === editor.id)
      ? null
      : `This analysis belongs to ${a.owner?.name ?? 'nobody'}: you can read and preview it, but only ${a.owner?.name ?? 'an admin'} or an admin can change, publish or retract it.`;
  const tooLarge = (request: FastifyRequest) => Number(request.headers['content-length'] ?? 0) > FORM_LIMIT_BYTES;
  const TOO_LARGE = 'Not saved: the form is larger than the 1 MiB limit (1,048,576 bytes). Your text is kept below — shorten the body (or move material out of it) and save again.';

  app.get('/desk/compose', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    // Writing on an event takes all its stories, the originating report first (SPEC "Events").
    if (typeof query.event === 'string' && query.event !== '') {
      const event = await getDeskEvent(db, parseId(query.event, 'event'), desk.now());
      const ordered = [...event.stories].sort((a, b) => Number(b.id === event.first_reported?.story_id) - Number(a.id === event.first_reported?.story_id));
      return reply.redirect(`/desk/compose?${new URLSearchParams(ordered.map((s) => ['story', String(s.id)])).toString()}`, 303);
    }
    const ids = composeStoryIds(query);
    const now = desk.now();
    const stories = await Promise.all(ids.map((id) => getStory(db, id, now)));
    const offers = distinctOffers(stories.flatMap((story) => deskStatOffers(story.id, story.facts)));
    const sources = await loadDraftSources(db, ids);
    const values = valuesWithDraft(valuesFromStories(stories, offers, editorOf(request).name), sources.length > 0 ? draftAnalysis(sources, { categories: await deskCategories(db) }) : null);
    const blocked = await heldByColleague(ids, editorOf(request));
    return page(reply, request, { title: 'New analysis', current: 'compose' }, composePage({ action: '/desk/compose', values, csrf: csrfOf(request), status: null, storyTitles: stories.map((story) => story.title), blocked }));
  });

  const composeAgain = async (reply: FastifyReply, request: FastifyRequest, values: ComposeValues, opts: { problems?: FieldProblem[]; status?: number; error?: string }) =>
    page(
      reply,
      request,
      { title: 'New analysis', current: 'compose', error: opts.error ?? null },
      composePage({ action: '/desk/compose', values, csrf: csrfOf(request), status: null, problems: opts.problems ?? [], storyTitles: await storyTitles(values.story_ids), blocked: await heldByColleague(values.story_ids, editorOf(request)) }),
      opts.status ?? 200,
    );

  app.post('/desk/compose', async (request, reply) => {
    const values = valuesFromForm(request.body as Record<string, unknown>);
    const action = field(request.body, 'action') || 'save';
    if (tooLarge(request)) return composeAgain(reply, request, values, { status: 413, error: TOO_LARGE });
    const reshaped = applyStatAction(values, action);
    if (reshaped) return composeAgain(reply, request, reshaped, {});
    const parsed = createAnalysisSchema.safeParse(inputFromValues(values));
    const problems = parsed.success ? [] : fieldProblems(parsed.error);
    const at = action === 'schedule' ? scheduleInstant(values.at) : null;
    if (action === 'schedule' && (at === null || new Date(at) <= desk.now())) problems.push({ field: 'at', message: 'a date and time in the future (UTC) is needed to schedule' });
    if (action === 'publish' || action === 'schedule') problems.push(...formPublishProblems(values));
    if (!parsed.success || problems.length > 0) return composeAgain(reply, request, values, { problems, status: 422 });
    try {
      const created = await createAnalysis(desk, editorOf(request), parsed.data);
      if (action === 'publish' || action === 'schedule') {
        await publishAnalysis(desk, editorOf(request), created.id, { version: created.version, ...(at ? { at } : {}) });
        return reply.redirect(`/desk/analyses/${created.id}?notice=${action === 'publish' ? 'published' : 'scheduled'}`, 303);
      }
      return reply.redirect(`/desk/analyses/${created.id}?notice=saved`, 303);
    } catch (err) {
      if (isPulseError(err, 'validation_failed', 'conflict')) return composeAgain(reply, request, values, { problems: Array.isArray(err.details) ? (err.details as FieldProblem[]) : [], error: humanConflict(err.message, desk.now()), status: toHttpError(err).status });
      throw err;
    }
  });

  type EditOpts = { problems?: FieldProblem[]; status?: number; error?: string; conflict?: { message: string; fields: FieldConflict[]; currentVersion: number } | null };
  const editPage = async (reply: FastifyReply, request: FastifyRequest, a: AnalysisView, values: ComposeValues, opts: EditOpts = {}) => {
    const revisions = await loadRevisions(db, a.id);
    const editor = editorOf(request);
    const blocked = ownerBlock(a, editor);
    const editors = editor.role === 'admin' ? await db.selectFrom('editors').select(['id', 'name']).where('disabled', '=', false).orderBy('name').execute() : [];
    return page(
      reply,
      request,
      { title: `Edit: ${a.headline}`, current: 'analyses', error: opts.error ?? null },
      html`<p class="small"><a href="/desk/analyses">← Analyses</a>${a.url ? html` · <a href="${a.url}">live page</a>` : ''} · <a href="/desk/analyses/${a.id}/preview" target="pulse-preview">preview</a> · version ${a.version}${a.published_at ? html` · published ${shortTime(a.published_at)}` : ''}${a.scheduled_at ? html` · scheduled for ${shortTime(a.scheduled_at)}` : ''}</p>
${a.status === 'retracted'
  ? html`<h1>${a.headline} <span class="tag">retracted</span></h1><p>Retracted ${shortTime(a.retracted_at)}${a.retract_reason ? html`: ${a.retract_reason}` : ''}. A retraction is final.</p>`
  : composePage({ action: `/desk/analyses/${a.id}`, values, csrf: csrfOf(request), status: a.status, problems: opts.problems ?? [], storyTitles: a.sources.map((s) => `${s.title ?? s.url} (${s.publisher})`), owner: a.owner?.name ?? null, blocked, conflict: opts.conflict ?? null, draftPanel: blocked ? undefined : await draftPanelFor(db, a, csrfOf(request)) })}
${a.status === 'published' && !blocked ? html`<h2>Retract</h2>${retractForm(a, csrfOf(request))}` : ''}
${editor.role === 'admin' && a.status !== 'retracted' ? handoverForm(a, editors, csrfOf(request)) : ''}
<h2>Revisions</h2>
<ol reversed class="small">${revisions.map((r) => html`<li>v${r.version} · ${r.action} · ${r.editor_name ?? 'scheduler'} · ${shortTime(r.created_at)}</li>`)}</ol>`,
      opts.status ?? 200,
    );
  };

  app.get('/desk/analyses', async (request, reply) => {
    const statuses: AnalysisStatus[] = ['draft', 'scheduled', 'published', 'retracted'];
    const lists = await Promise.all(statuses.map((status) => listAnalyses(db, { status, limit: 50 }, baseUrl)));
    return page(reply, request, { title: 'Analyses', current: 'analyses' }, analysesPage(new Map(statuses.map((s, i) => [s, lists[i]!.items])), editorOf(request)));
  });

  app.get<{ Params: { id: string } }>('/desk/analyses/:id', async (request, reply) => {
    const a = await loadAnalysis(db, parseId(request.params.id), baseUrl);
    return editPage(reply, request, a, valuesFromAnalysis(a, await offersFor(a.story_ids)));
  });

  /**
   * A stale save (409 on version): who saved meanwhile — "you, in another tab" when the latest
   * revision is the same editor's — and every field that differs, mine beside the stored one.
   */
  const staleConflict = async (current: AnalysisView, mine: ComposeValues, editor: Editor): Promise<{ message: string; fields: FieldConflict[]; currentVersion: number }> => {
    const [latest] = await loadRevisions(db, current.id);
    const who = latest?.editor_id === editor.id ? 'You saved it yourself — in another tab or window —' : `${latest?.editor_name ?? 'The scheduler'} saved it`;
    const when = latest ? humanTime(latest.created_at, desk.now()) : '';
    return {
      message: `${who} at ${when}, after you opened it (you started from version ${mine.version ?? '?'}, it is now version ${current.version}). Nothing of yours was saved and your text is kept in the form.`,
      fields: fieldConflicts(mine, valuesFromAnalysis(current, [])),
      currentVersion: current.version,
    };
  };

  app.post<{ Params: { id: string } }>('/desk/analyses/:id', async (request, reply) => {
    const id = parseId(request.params.id);
    const stored = await loadAnalysis(db, id, baseUrl);
    const editor = editorOf(request);
    const submitted = valuesFromForm(request.body as Record<string, unknown>);
    const action = field(request.body, 'action') || 'save';
    if (tooLarge(request)) return editPage(reply, request, stored, submitted, { status: 413, error: TOO_LARGE });
    const reshaped = applyStatAction(submitted, action);
    if (reshaped) return editPage(reply, request, stored, reshaped);
    // Conflict choices: each differing field the editor chose "take the stored one" for is taken from the stored version.
    const storedValues = valuesFromAnalysis(stored, await offersFor(stored.story_ids));
    const choices = resolutionChoices(request.body as Record<string, unknown>);
    const values = applyResolutions(submitted, storedValues, choices);
    if (submitted.version !== null && submitted.version !== stored.version) {
      const conflict = await staleConflict(stored, values, editor);
      const unresolved = conflict.fields.filter((f) => !choices.has(f.field));
      // Saving over a newer version needs a choice for every differing field; the form then carries the current version.
      if (unresolved.length > 0 || field(request.body, 'resolved_from') !== String(stored.version)) {
        return editPage(reply, request, stored, { ...values, version: submitted.version }, { conflict, status: 409, error: `Not saved: version ${stored.version} was saved after yours. Compare below.` });
      }
      values.version = stored.version;
    }
    const parsed = patchAnalysisSchema.safeParse({ version: values.version ?? 0, ...inputFromValues(values) });
    const problems = parsed.success ? [] : fieldProblems(parsed.error);
    const at = action === 'schedule' ? scheduleInstant(values.at) : null;
    if (action === 'schedule' && (at === null || new Date(at) <= desk.now())) problems.push({ field: 'at', message: 'a date and time in the future (UTC) is needed to schedule' });
    if (action === 'publish' || action === 'schedule') problems.push(...formPublishProblems(values));
    if (!parsed.success || problems.length > 0) return editPage(reply, request, stored, values, { problems, status: 422 });
    try {
      const saved = await updateAnalysis(desk, editor, id, parsed.data);
      if (action === 'publish') await publishAnalysis(desk, editor, id, { version: saved.version });
      if (action === 'schedule' && at) await publishAnalysis(desk, editor, id, { version: saved.version, at });
      if (action === 'unschedule') await unscheduleAnalysis(desk, editor, id, { version: saved.version });
      const notice = action === 'publish' ? 'published' : action === 'schedule' ? 'scheduled' : action === 'unschedule' ? 'unscheduled' : 'saved';
      return reply.redirect(`/desk/analyses/${id}?notice=${notice}`, 303);
    } catch (err) {
      if (!isPulseError(err, 'validation_failed', 'conflict', 'forbidden')) throw err;
      const current = await loadAnalysis(db, id, baseUrl);
      const stale = err.code === 'conflict' && typeof (err.details as { current_version?: unknown } | null)?.current_version === 'number';
      if (stale) return editPage(reply, request, current, values, { conflict: await staleConflict(current, values, editor), status: 409, error: 'Not saved: someone saved meanwhile. Compare below.' });
      return editPage(reply, request, current, values, { problems: Array.isArray(err.details) ? (err.details as FieldProblem[]) : [], error: err.message, status: toHttpError(err).status });
    }
  });

  // Autosave (the compose script, issue 11 point 4): the same form fields, answered in JSON, never
  // a redirect. A stale version is refused (409 with who saved), never written over.
  app.patch<{ Params: { id: string } }>('/desk/analyses/:id', async (request, reply) => {
    const id = parseId(request.params.id);
    const editor = editorOf(request);
    if (tooLarge(request)) return reply.status(413).send({ error: { code: 'payload_too_large', message: 'not autosaved: the form is over the 1 MiB limit (kept in this browser)' } });
    const values = valuesFromForm(request.body as Record<string, unknown>);
    const parsed = patchAnalysisSchema.safeParse({ version: values.version ?? 0, ...inputFromValues(values) });
    if (!parsed.success) return reply.status(422).send({ error: { code: 'validation_failed', message: 'not autosaved: some fields are invalid', details: fieldProblems(parsed.error) } });
    try {
      const saved = await updateAnalysis(desk, editor, id, parsed.data);
      return { version: saved.version, updated_at: saved.updated_at };
    } catch (err) {
      const { status, body } = toHttpError(err);
      if (status === 409 && isPulseError(err, 'conflict')) {
        const [latest] = await loadRevisions(db, id);
        const who = latest?.editor_id === editor.id ? 'you, in another tab' : (latest?.editor_name ?? 'someone');
        return reply.status(409).send({ error: { ...body.error, message: `not autosaved: ${who} saved version ${latest?.version ?? '?'} at ${latest ? humanTime(latest.created_at, desk.now()) : '?'}; save to compare` } });
      }
      return reply.status(status).send(body);
    }
  });

  // --- preview: the public page itself (issue 11 point 5) --------------------------------------
  const sourcesOf = async (ids: number[]): Promise<AnalysisSource[]> => {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('stories as s').innerJoin('sources as src', 'src.id', 's.source_id').select(['s.id', 's.url', 's.title', 'src.name', 'src.url as feed_url']).where('s.id', 'in', ids).execute();
    return ids.flatMap((id) => rows.filter((r) => r.id === id).map((r) => ({ publisher: r.name, title: r.title || null, url: r.url, feedUrl: r.feed_url })));
  };
  const site = siteFromConfig(deps.config);
  app.post('/desk/preview', async (request, reply) => {
    const values = valuesFromForm(request.body as Record<string, unknown>);
    const input = inputFromValues(values) as unknown as PreviewInput;
    const body = renderPreviewPage(input, await sourcesOf(values.story_ids), site, { now: desk.now(), authorFallback: editorOf(request).name });
    return reply.type('text/html; charset=utf-8').send(body);
  });
  app.get<{ Params: { id: string } }>('/desk/analyses/:id/preview', async (request, reply) => {
    const a = await loadAnalysis(db, parseId(request.params.id), baseUrl);
    const body = renderPreviewPage(a, await sourcesOf(a.story_ids), site, { now: desk.now(), authorFallback: a.owner?.name ?? 'The editors', publishedAt: a.published_at ? new Date(a.published_at) : null });
    return reply.type('text/html; charset=utf-8').send(body);
  });

  app.post<{ Params: { id: string } }>('/desk/analyses/:id/handover', async (request, reply) => {
    const id = parseId(request.params.id);
    const version = /^\d+$/.test(field(request.body, 'version')) ? Number(field(request.body, 'version')) : undefined;
    await handoverAnalysis(desk, editorOf(request), id, { editor: field(request.body, 'editor').trim(), version });
    return reply.redirect(`/desk/analyses/${id}?notice=handed-over`, 303);
  });

  draftRoutes(app, desk);

  app.post<{ Params: { id: string } }>('/desk/analyses/:id/retract', async (request, reply) => {
    const id = parseId(request.params.id);
    const version = /^\d+$/.test(field(request.body, 'version')) ? Number(field(request.body, 'version')) : undefined;
    await retractAnalysis(desk, editorOf(request), id, { reason: field(request.body, 'reason').trim().slice(0, 1000) || undefined, version });
    return reply.redirect(`/desk/analyses/${id}?notice=retracted`, 303);
  });

  app.get('/desk/assets/compose.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(COMPOSE_SCRIPT));
}

/** Returns the claim message with its ISO instants told as clock times ("until 14:32 UTC (in 12 min)"). */
function humanConflict(message: string, now: Date): string {
  return message.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, (iso) => humanTime(iso, now));
}

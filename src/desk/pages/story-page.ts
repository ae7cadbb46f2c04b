import { sanitizeHtml } from '../../parse/sanitize.ts';
import type { Editor } from '../editors.ts';
import type { StoryDetail } from '../story-queue.ts';
import { evidenceKey, mapEvidence, splitByMarks, type EvidenceMap, type EvidenceRef } from './evidence.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { csrfField, postButton } from './layout.ts';
import type { EventView } from '../event-queue.ts';
import { ago, heldLine, plural } from './human-time.ts';
import { eventState, shortTime } from './queue-page.ts';

type Fact = Record<string, unknown>;

function list(facts: Record<string, unknown> | null, key: string): Fact[] {
  const v = facts?.[key];
  return Array.isArray(v) ? v.filter((x): x is Fact => typeof x === 'object' && x !== null) : [];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function evidenceOf(f: Fact): EvidenceRef | null {
  const e = f.evidence as Record<string, unknown> | undefined;
  if (!e || typeof e.sentence !== 'string') return null;
  return { paragraph: typeof e.paragraph === 'number' ? e.paragraph : -1, sentence: e.sentence };
}

function evidenceLink(f: Fact, map: EvidenceMap): SafeHtml {
  const e = evidenceOf(f);
  if (!e) return html``;
  const anchor = map.anchors.get(evidenceKey(e));
  return anchor
    ? html` <a class="small" href="#${anchor}" title="${e.sentence}" aria-label="Evidence for ${str(f.text)}, paragraph ${e.paragraph + 1}">evidence<span class="muted"> (paragraph ${e.paragraph + 1})</span></a>`
    : html`<div class="small muted">“${e.sentence}”</div>`;
}

/** The story beside its fact sheet: the original paragraphs with every evidence sentence highlighted and anchored. */
export function storyPage(opts: { story: StoryDetail; event: EventView | null; editor: Editor; csrf: string; now: Date }): SafeHtml {
  const { story, event, editor, csrf, now } = opts;
  const facts = story.facts;
  const body = facts?.body as { paragraphs?: unknown } | undefined;
  const paragraphs = Array.isArray(body?.paragraphs) ? body.paragraphs.filter((p): p is string => typeof p === 'string') : [];
  const figures = list(facts, 'figures');
  const dates = list(facts, 'dates');
  const quotes = list(facts, 'quotes');
  const evidence = [...figures, ...dates, ...quotes].map(evidenceOf).filter((e): e is EvidenceRef => e !== null);
  const map = mapEvidence(paragraphs, evidence);
  const bodyHtml = str(facts?.body_html);
  const entities = list(facts, 'entities');

  return html`<p class="small"><a href="/desk">← Queue</a></p>
<h1>${story.title || '(untitled)'}</h1>
<p class="muted">${story.source.name} · ${shortTime(story.published_at, now)} · <a href="${story.url}" rel="noopener noreferrer" target="_blank">original report</a> · status <strong>${story.status}</strong></p>
${story.also_reported_by.length > 0 ? html`<p class="small">Also reported by: ${story.also_reported_by.map((r, i) => html`${i > 0 ? ', ' : ''}<a href="${r.url}" rel="noopener noreferrer">${r.name}</a>`)}</p>` : ''}
${event ? eventBox(event, story.id, editor, csrf, now) : storyActions(story, editor, csrf, now)}
${story.dismissed_reason ? html`<p class="muted">Dismissed: ${story.dismissed_reason}</p>` : ''}
<div class="split">
  <section aria-labelledby="original-h">
    <h2 id="original-h">Original text</h2>
    <div class="original">
    ${paragraphs.length > 0
      ? paragraphs.map((p, i) => html`<p id="p-${i}">${splitByMarks(p, map.marks.get(i) ?? []).map((piece) => ('id' in piece ? html`<mark id="${piece.id}">${piece.text}</mark>` : piece.text))}</p>`)
      : html`<p class="muted">No body was extracted.</p>`}
    </div>
    ${bodyHtml ? html`<details><summary>Original formatting</summary><div class="original">${trusted(sanitizeHtml(bodyHtml, { baseUrl: story.url }))}</div></details>` : ''}
  </section>
  <section class="facts" aria-labelledby="facts-h">
    <h2 id="facts-h">Fact sheet</h2>
    ${facts === null ? html`<p class="muted">Not extracted yet.</p>` : ''}
    <h3>Figures (${figures.length})</h3>
    <ul>${figures.map((f) => html`<li><strong>${str(f.text)}</strong> ${str(f.label) ? html`— ${str(f.label)}` : ''} <span class="tag">${str(f.kind)}</span>${evidenceLink(f, map)}</li>`)}</ul>
    <h3>Dates (${dates.length})</h3>
    <ul>${dates.map((d) => html`<li><strong>${str(d.text)}</strong> <span class="muted small">${str(d.date) || `${str(d.start)} – ${str(d.end)}`}</span>${evidenceLink(d, map)}</li>`)}</ul>
    <h3>Quotes (${quotes.length})</h3>
    <ul>${quotes.map((q) => html`<li>“${str(q.text)}”${str(q.speaker) ? html` — <strong>${str(q.speaker)}</strong>` : ''}${evidenceLink(q, map)}</li>`)}</ul>
    <h3>Named (${entities.length})</h3>
    <p>${entities.map((e, i) => html`${i > 0 ? ', ' : ''}${str(e.name)} <span class="muted small">×${str(e.mentions)}</span>`)}</p>
    ${facts ? html`<p class="small muted">${str(facts.site_name)} ${str(facts.section) ? html`· ${str(facts.section)}` : ''} · ${Array.isArray(facts.authors) ? facts.authors.map(str).join(', ') : ''}</p>` : ''}
  </section>
</div>`;
}

/** The event the story belongs to, its claim and actions (they act on the event), and its sibling reports. */
function eventBox(event: EventView, storyId: number, editor: Editor, csrf: string, now: Date): SafeHtml {
  const mine = event.claim?.editor_id === editor.id;
  const free = event.status === 'open' && !event.claim;
  const siblings = event.stories.filter((s) => s.id !== storyId);
  return html`<section class="event-box" aria-labelledby="event-h">
  <h2 id="event-h">Event: <a href="/desk/events/${event.id}">${event.title}</a> <span class="muted small">#${event.id}</span></h2>
  <p class="small">${event.publishers.join(', ')} · ${plural(event.reports, 'report')} · ${eventState(event, editor, now)}</p>
  <div class="actions" aria-label="Event actions">
    ${free ? postButton(`/desk/events/${event.id}/claim`, 'Claim this event', csrf) : ''}
    ${mine ? html`<a class="button" href="/desk/compose?event=${event.id}">Write an analysis</a> ${postButton(`/desk/events/${event.id}/claim`, 'Renew claim (30 min)', csrf, { className: 'secondary' })} ${postButton(`/desk/events/${event.id}/release`, 'Release', csrf, { className: 'secondary' })}` : ''}
    ${event.claim && !mine && editor.role === 'admin' ? postButton(`/desk/events/${event.id}/release`, 'Break claim (admin)', csrf, { className: 'danger', hidden: { force: '1' } }) : ''}
    ${free || mine ? html`<a class="button secondary" href="/desk/events/${event.id}/dismiss">Dismiss…</a>` : ''}
  </div>
  ${siblings.length > 0
    ? html`<p class="small"><strong>Other reports of it:</strong></p><ul class="reports small">${siblings.map((s) => html`<li><a href="/desk/stories/${s.id}">${s.title || '(untitled)'}</a> <span class="muted">${s.reported_by.join(', ')} · ${ago(s.published_at, now)}</span></li>`)}</ul>`
    : html`<p class="small muted">No other report of it yet.</p>`}
</section>`;
}

/** The story-level actions of a story not grouped into an event yet. */
function storyActions(story: StoryDetail, editor: Editor, csrf: string, now: Date): SafeHtml {
  const mine = story.claim?.editor_id === editor.id;
  return html`${story.claim ? html`<p>${heldLine(story.claim, mine, now)}</p>` : ''}
<div class="actions" aria-label="Story actions">
  ${story.status === 'ready' ? postButton(`/desk/stories/${story.id}/claim`, 'Claim this story', csrf) : ''}
  ${mine ? html`<a class="button" href="/desk/compose?story=${story.id}">Write an analysis</a> ${postButton(`/desk/stories/${story.id}/claim`, 'Renew claim (30 min)', csrf, { className: 'secondary' })} ${postButton(`/desk/stories/${story.id}/release`, 'Release', csrf, { className: 'secondary' })}` : ''}
  ${story.claim && !mine && editor.role === 'admin' ? postButton(`/desk/stories/${story.id}/release`, 'Break claim (admin)', csrf, { className: 'danger', hidden: { force: '1' } }) : ''}
  ${story.status === 'ready' || mine
    ? html`<form class="inline" method="post" action="/desk/stories/${story.id}/dismiss">${csrfField(csrf)}
      <label for="dismiss-reason" class="small">Dismiss reason</label><input id="dismiss-reason" type="text" name="reason" maxlength="1000">
      <button class="danger" type="submit">Dismiss</button></form>`
    : ''}
</div>`;
}

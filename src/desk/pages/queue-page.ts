import type { QueueItem } from '../story-queue.ts';
import type { EventView } from '../event-queue.ts';
import type { Editor } from '../editors.ts';
import { html, type SafeHtml } from './html.ts';
import { ago, dateLabel, factSummary, heldLine, plural } from './human-time.ts';
import { csrfField, postButton } from './layout.ts';

export interface QueueFilters {
  status: string;
  q: string;
}

/** The queue's views of the events (SPEC event life cycle), as tabs that are plain links. */
const STATUS_TABS: [string, string][] = [
  ['open', 'Open'],
  ['claimed', 'Claimed'],
  ['dismissed', 'Dismissed'],
  ['used', 'Used'],
  ['all', 'All'],
];

/** Returns a short UTC date-time ("Jul 4, 09:00 UTC"; the year too when it is not this one) for lists. */
export function shortTime(iso: string | null, now: Date = new Date()): string {
  if (!iso) return '—';
  return `${dateLabel(iso, now)}, ${new Date(iso).toISOString().slice(11, 16)} UTC`;
}

/**
 * The desk queue (SPEC "Desk queue: events … ranked"): one card per event — title, publishers,
 * report count, first report, age, facts — with its claim told humanly and its actions as plain
 * forms, expandable (<details>, no JavaScript) to its reports. Stories extracted before grouping
 * ran are listed after the events, each on its own. Cards, not a table: nothing is wider than a
 * 390 px phone (issue 11 point 11).
 */
export function queuePage(opts: {
  events: EventView[];
  nextCursor: string | null;
  ungrouped: QueueItem[];
  filters: QueueFilters;
  editor: Editor;
  csrf: string;
  now: Date;
}): SafeHtml {
  const { filters, now } = opts;
  const nextHref = opts.nextCursor ? `/desk?${new URLSearchParams({ ...filters, cursor: opts.nextCursor }).toString()}` : null;
  const tab = (value: string, label: string) =>
    html`<li><a href="/desk?${new URLSearchParams({ status: value, ...(filters.q ? { q: filters.q } : {}) }).toString()}"${filters.status === value ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<h1>Desk queue</h1>
<nav class="tabs" aria-label="Events by status"><ul>${STATUS_TABS.map(([v, t]) => tab(v, t))}</ul></nav>
<form class="filters" method="get" action="/desk" role="search" aria-label="Search events">
  <input type="hidden" name="status" value="${filters.status}">
  <div><label for="f-q">Search headlines</label><input id="f-q" type="search" name="q" value="${filters.q}"></div>
  <div><button type="submit">Search</button></div>
</form>
${opts.events.length === 0 && opts.ungrouped.length === 0
    ? html`<p class="muted">${filters.status === 'open' ? 'Nothing waiting. New events arrive as sources are polled.' : 'No events here.'}</p>`
    : ''}
${opts.events.length > 0
    ? html`<p class="muted small">${plural(opts.events.length, 'event')}, ${filters.status === 'dismissed' ? 'latest dismissals included' : 'most important first'}</p>
<ol class="events">${opts.events.map((e) => html`<li>${eventCard(e, opts.editor, opts.csrf, now, { open: false })}</li>`)}</ol>`
    : ''}
${nextHref ? html`<p><a href="${nextHref}">More events →</a></p>` : ''}
${opts.ungrouped.length > 0
    ? html`<h2>Reports not grouped yet</h2>
<form id="compose-several" method="get" action="/desk/compose"></form>
<ul class="events">${opts.ungrouped.map((s) => html`<li>${storyCard(s, opts.editor, opts.csrf, now)}</li>`)}</ul>
<p><button type="submit" form="compose-several">Write one analysis of the picked stories</button> <span class="small muted">Pick stories you hold or free ones.</span></p>`
    : ''}`;
}

/** Returns an event's claim or dismissal as a sentence ("Held by Alice until 14:32 UTC (in 12 min)"). */
export function eventState(e: EventView, editor: Editor, now: Date): SafeHtml {
  if (e.claim) return html`<span class="${e.claim.editor_id === editor.id ? 'mine' : 'held'}">${heldLine(e.claim, e.claim.editor_id === editor.id, now)}</span>`;
  if (e.dismissed)
    return html`<span class="held">Dismissed by ${e.dismissed.by?.id === editor.id ? 'you' : (e.dismissed.by?.name ?? 'an editor')} ${ago(e.dismissed.at, now)}${e.dismissed.reason ? html`: “${e.dismissed.reason}”` : ' (no reason given)'}</span>`;
  if (e.status === 'used') return html`<span class="muted">Used in an analysis</span>`;
  return html`<span class="free">Free</span>`;
}

/** One event: headline, what it is made of, its state, its actions, and (expandable) its reports with move and merge forms. */
export function eventCard(e: EventView, editor: Editor, csrf: string, now: Date, opts: { open: boolean; mergeChoices?: { id: number; title: string }[] }): SafeHtml {
  const mine = e.claim?.editor_id === editor.id;
  const free = e.status === 'open' && !e.claim;
  const facts = factSummary(e.fact_counts);
  const first = e.first_reported;
  const mayUndo = e.status === 'dismissed' && (e.dismissed?.by?.id === editor.id || editor.role === 'admin');
  return html`<article class="event" id="event-${e.id}" aria-labelledby="event-${e.id}-title">
  <h2 class="event-title" id="event-${e.id}-title"><a href="/desk/events/${e.id}">${e.title || '(untitled)'}</a></h2>
  <p class="meta">${e.publishers.join(', ')} · ${plural(e.reports, 'report')}${first ? html` · first: ${first.source}, ${ago(first.published_at, now)}` : ''}${facts ? html` · ${facts}` : ''}</p>
  <p class="state">${eventState(e, editor, now)}</p>
  <div class="actions">
    ${free ? postButton(`/desk/events/${e.id}/claim`, 'Claim', csrf, { ariaLabel: `Claim: ${e.title}` }) : ''}
    ${mine ? html`<a class="button" href="/desk/compose?event=${e.id}" aria-label="Write an analysis of: ${e.title}">Write</a> ${postButton(`/desk/events/${e.id}/claim`, 'Renew', csrf, { className: 'secondary', ariaLabel: `Renew claim: ${e.title}` })} ${postButton(`/desk/events/${e.id}/release`, 'Release', csrf, { className: 'secondary', ariaLabel: `Release: ${e.title}` })}` : ''}
    ${e.claim && !mine && editor.role === 'admin' ? postButton(`/desk/events/${e.id}/release`, 'Break claim (admin)', csrf, { className: 'danger', hidden: { force: '1' } }) : ''}
    ${free || mine ? html`<a class="button secondary" href="/desk/events/${e.id}/dismiss" aria-label="Dismiss: ${e.title}">Dismiss…</a>` : ''}
    ${mayUndo ? postButton(`/desk/events/${e.id}/restore`, 'Undo dismiss', csrf, { ariaLabel: `Undo dismiss: ${e.title}` }) : ''}
  </div>
  <details${opts.open ? html` open` : ''}>
    <summary>${plural(e.stories.length, 'story', 'stories')} · ${plural(e.reports, 'report')}</summary>
    <ul class="reports">${e.stories.map((s) => html`<li>
      <a href="/desk/stories/${s.id}">${s.title || '(untitled)'}</a>
      <div class="small muted">${s.reported_by.join(', ')} · ${ago(s.published_at, now)}${factSummary(s.fact_counts) ? html` · ${factSummary(s.fact_counts)}` : ''}${s.id === first?.story_id ? html` · <strong>first report</strong>` : ''}</div>
      ${e.stories.length > 1 && (free || mine)
        ? html`<form class="inline move" method="post" action="/desk/stories/${s.id}/move">${csrfField(csrf)}
          <label class="small" for="move-${s.id}">Move to event #</label><input id="move-${s.id}" type="text" name="event_id" inputmode="numeric" pattern="[0-9]*" placeholder="its own" size="7">
          <button class="secondary" type="submit" aria-label="Move out: ${s.title}">Move</button></form>`
        : ''}
    </li>`)}</ul>
    ${free || mine
      ? html`<form class="merge" method="post" action="/desk/events/${e.id}/merge">${csrfField(csrf)}
      <label for="merge-${e.id}">Merge into event #</label>
      <div class="row"><input id="merge-${e.id}" type="text" name="into" inputmode="numeric" pattern="[0-9]*" list="merge-list-${e.id}" size="8" required>
      ${opts.mergeChoices && opts.mergeChoices.length > 0 ? html`<datalist id="merge-list-${e.id}">${opts.mergeChoices.map((c) => html`<option value="${c.id}">${c.title}</option>`)}</datalist>` : ''}
      <button class="secondary" type="submit" aria-label="Merge into…: ${e.title}">Merge into…</button></div>
      <p class="small muted">Folds this event into the one you name: its reports join it.</p></form>`
      : ''}
  </details>
</article>`;
}

/** A story not grouped into an event yet: its own card, with the story-level actions. */
function storyCard(s: QueueItem, editor: Editor, csrf: string, now: Date): SafeHtml {
  const mine = s.claim?.editor_id === editor.id;
  const pickable = mine || (s.status === 'ready' && !s.claim);
  const facts = factSummary(s.fact_counts);
  return html`<article class="event">
  <h2 class="event-title">${pickable ? html`<input type="checkbox" name="story" value="${s.id}" form="compose-several" aria-label="Pick: ${s.title}"> ` : ''}<a href="/desk/stories/${s.id}">${s.title || '(untitled)'}</a></h2>
  <p class="meta">${[s.source.name, ...s.also_reported_by.map((r) => r.name)].join(', ')} · ${ago(s.published_at, now)}${facts ? html` · ${facts}` : ''}</p>
  <p class="state">${s.claim ? heldLine(s.claim, mine, now) : s.status === 'ready' ? html`<span class="free">Free</span>` : s.status}</p>
  <div class="actions">${s.status === 'ready' ? postButton(`/desk/stories/${s.id}/claim`, 'Claim', csrf, { ariaLabel: `Claim: ${s.title}` }) : ''}
    ${mine ? html`<a class="button" href="/desk/compose?story=${s.id}" aria-label="Write an analysis of: ${s.title}">Write</a> ${postButton(`/desk/stories/${s.id}/release`, 'Release', csrf, { className: 'secondary', ariaLabel: `Release: ${s.title}` })}` : ''}</div>
</article>`;
}

/** The confirm step of a dismissal (issue 11 point 10): a reason, then Dismiss; works without JavaScript. */
export function dismissPage(e: EventView, csrf: string): SafeHtml {
  return html`<p class="small"><a href="/desk/events/${e.id}">← ${e.title}</a></p>
<h1>Dismiss this event?</h1>
<p>“${e.title}” (${plural(e.reports, 'report')} from ${e.publishers.join(', ')}) leaves the queue. You can undo it from the Dismissed list.</p>
<form method="post" action="/desk/events/${e.id}/dismiss">${csrfField(csrf)}
  <label for="dismiss-reason">Why? (shown to the desk in the Dismissed list)</label>
  <textarea id="dismiss-reason" name="reason" maxlength="1000" rows="3" placeholder="e.g. Only a rumour so far; already covered; off-topic"></textarea>
  <div class="actions"><button class="danger" type="submit">Dismiss</button> <a class="button secondary" href="/desk/events/${e.id}">Cancel</a></div>
</form>`;
}

import type { QueueItem } from '../story-queue.ts';
import type { Editor } from '../editors.ts';
import { html, type SafeHtml } from './html.ts';
import { postButton } from './layout.ts';

export interface QueueFilters {
  status: string;
  source: string;
  q: string;
}

const STATUS_CHOICES: [string, string][] = [
  ['ready', 'Ready (and expired claims)'],
  ['claimed', 'Claimed'],
  ['used', 'Used'],
  ['dismissed', 'Dismissed'],
  ['failed', 'Failed'],
  ['new', 'New'],
  ['all', 'Everything'],
];

/** Returns a short UTC date-time ("Jul 4, 09:00 UTC") for lists. */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.toLocaleString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** The queue: filters (a GET form), the stories with their claim state and one-button actions, and checkboxes to compose one analysis of several. */
export function queuePage(opts: { items: QueueItem[]; nextCursor: string | null; filters: QueueFilters; sources: { id: number; name: string }[]; editor: Editor; csrf: string }): SafeHtml {
  const { filters } = opts;
  const nextHref = opts.nextCursor ? `/desk?${new URLSearchParams({ ...filters, cursor: opts.nextCursor }).toString()}` : null;
  return html`<h1>Desk queue</h1>
<form class="filters" method="get" action="/desk" role="search" aria-label="Filter stories">
  <div><label for="f-status">Status</label><select id="f-status" name="status">${STATUS_CHOICES.map(([v, t]) => html`<option value="${v}"${filters.status === v ? html` selected` : ''}>${t}</option>`)}</select></div>
  <div><label for="f-source">Source</label><select id="f-source" name="source"><option value="">All sources</option>${opts.sources.map((s) => html`<option value="${s.id}"${filters.source === String(s.id) ? html` selected` : ''}>${s.name}</option>`)}</select></div>
  <div><label for="f-q">Search titles and summaries</label><input id="f-q" type="search" name="q" value="${filters.q}"></div>
  <div><button type="submit">Filter</button></div>
</form>
${opts.items.length === 0
    ? html`<p class="muted">No stories here. New ones arrive as sources are polled.</p>`
    : html`<form id="compose-several" method="get" action="/desk/compose"></form>
<table>
<caption class="muted small" style="text-align:left;padding:.3rem 0">${opts.items.length} stor${opts.items.length === 1 ? 'y' : 'ies'}, newest first</caption>
<thead><tr><th scope="col" class="small">Pick</th><th scope="col">Story</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col">Facts</th><th scope="col">Claim</th><th scope="col">Actions</th></tr></thead>
<tbody>${opts.items.map((s) => row(s, opts.editor, opts.csrf))}</tbody>
</table>
<p><button type="submit" form="compose-several">Write one analysis of the picked stories</button> <span class="small muted">Pick stories you hold or free ones; a story another editor holds is theirs until the claim lapses.</span></p>`}
${nextHref ? html`<p><a href="${nextHref}">Older stories →</a></p>` : ''}`;
}

function row(s: QueueItem, editor: Editor, csrf: string): SafeHtml {
  const mine = s.claim?.editor_id === editor.id;
  // Only stories the editor may build on get a box (ready ones and their own claims); the server
  // refuses the rest anyway (409 naming the holder, src/desk/analyses.ts).
  const pickable = mine || (s.status === 'ready' && !s.claim);
  return html`<tr>
  <td>${pickable ? html`<input type="checkbox" name="story" value="${s.id}" form="compose-several" aria-label="Pick: ${s.title}">` : ''}</td>
  <td><a href="/desk/stories/${s.id}">${s.title || '(untitled)'}</a>
    ${s.also_reported_by.length > 0 ? html`<div class="small muted">Also reported by ${s.also_reported_by.map((r) => r.name).join(', ')}</div>` : ''}
    ${s.near_duplicates.length > 0 ? html`<div class="small muted">Similar: ${s.near_duplicates.map((d, i) => html`${i > 0 ? ', ' : ''}<a href="/desk/stories/${d.id}">${d.title}</a> (${d.source_name})`)}</div>` : ''}
  </td>
  <td>${s.source.name}</td>
  <td class="small">${shortTime(s.published_at)}</td>
  <td class="small"><span title="figures">${s.fact_counts.figures} figures</span>, ${s.fact_counts.dates} dates, ${s.fact_counts.quotes} quotes</td>
  <td class="small">${s.claim ? html`${mine ? 'You' : s.claim.editor_name}, until ${shortTime(s.claim.expires_at)}` : s.status === 'ready' ? html`<span class="muted">free</span>` : s.status}</td>
  <td>${s.status === 'ready' ? postButton(`/desk/stories/${s.id}/claim`, 'Claim', csrf, { ariaLabel: `Claim: ${s.title}` }) : ''}
      ${mine ? html`<a class="button" href="/desk/compose?story=${s.id}" aria-label="Write an analysis of: ${s.title}">Write</a> ${postButton(`/desk/stories/${s.id}/release`, 'Release', csrf, { className: 'secondary', ariaLabel: `Release: ${s.title}` })}` : ''}</td>
</tr>`;
}

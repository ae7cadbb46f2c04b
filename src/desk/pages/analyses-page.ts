import type { AnalysisView } from '../analysis-view.ts';
import type { Editor } from '../editors.ts';
import { html, type SafeHtml } from './html.ts';
import { csrfField } from './layout.ts';
import { shortTime } from './queue-page.ts';

const SECTIONS: { status: AnalysisView['status']; title: string; when: (a: AnalysisView) => string | null }[] = [
  { status: 'draft', title: 'Drafts', when: (a) => a.updated_at },
  { status: 'scheduled', title: 'Scheduled', when: (a) => a.scheduled_at },
  { status: 'published', title: 'Published', when: (a) => a.published_at },
  { status: 'retracted', title: 'Retracted', when: (a) => a.retracted_at },
];

/** Drafts, scheduled, published and retracted analyses, each a list saying who owns each piece (issue 11: ownership visible). */
export function analysesPage(byStatus: Map<AnalysisView['status'], AnalysisView[]>, viewer: Editor): SafeHtml {
  return html`<h1>Analyses</h1>
${SECTIONS.map(({ status, title, when }) => {
  const items = byStatus.get(status) ?? [];
  const whenLabel = status === 'draft' ? 'Last saved' : status === 'scheduled' ? 'Goes out' : status === 'published' ? 'Published' : 'Retracted';
  return html`<section aria-labelledby="h-${status}"><h2 id="h-${status}">${title} (${items.length})</h2>
${items.length === 0
  ? html`<p class="muted">None.</p>`
  : html`<table class="stack"><thead><tr><th scope="col">Headline</th><th scope="col">Owner</th><th scope="col">${whenLabel}</th><th scope="col">Version</th><th scope="col">Sources</th></tr></thead>
<tbody>${items.map((a) => {
  const mine = a.owner !== null && a.owner.id === viewer.id;
  return html`<tr><td data-label="Headline"><a href="/desk/analyses/${a.id}">${a.headline}</a>${a.url ? html` <a class="small" href="${a.url}">(live page)</a>` : ''}</td><td data-label="Owner" class="small">${mine ? html`<strong>You</strong>` : (a.owner?.name ?? '—')}${!mine && viewer.role !== 'admin' ? html` <span class="muted">(read only)</span>` : ''}</td><td data-label="${whenLabel}" class="small">${shortTime(when(a))}</td><td data-label="Version">${a.version}</td><td data-label="Sources" class="small">${a.sources.map((s) => s.publisher).join(', ')}</td></tr>`;
})}</tbody></table>`}
</section>`;
})}`;
}

/** The admin's hand-over form: give the analysis to another editor (SPEC "HTTP rules"). */
export function handoverForm(a: AnalysisView, editors: { id: number; name: string }[], csrf: string): SafeHtml {
  const others = editors.filter((e) => e.id !== a.owner?.id);
  if (others.length === 0) return html``;
  return html`<h2>Hand over</h2><form method="post" action="/desk/analyses/${a.id}/handover" class="actions" aria-label="Hand over">
${csrfField(csrf)}<input type="hidden" name="version" value="${a.version}">
<div><label for="handover-editor">Give this analysis to</label><select id="handover-editor" name="editor">${others.map((e) => html`<option value="${e.name}">${e.name}</option>`)}</select></div>
<button class="secondary" type="submit">Hand over</button></form>`;
}

/** The retract form shown under a published analysis. */
export function retractForm(a: AnalysisView, csrf: string): SafeHtml {
  return html`<form method="post" action="/desk/analyses/${a.id}/retract" class="actions" aria-label="Retract">
${csrfField(csrf)}<input type="hidden" name="version" value="${a.version}">
<div><label for="retract-reason">Retraction reason (shown on the page)</label><input id="retract-reason" type="text" name="reason" maxlength="1000" class="wide"></div>
<button class="danger" type="submit">Retract</button></form>`;
}

import type { AnalysisView } from '../analysis-view.ts';
import { html, type SafeHtml } from './html.ts';
import { csrfField } from './layout.ts';
import { shortTime } from './queue-page.ts';

const SECTIONS: { status: AnalysisView['status']; title: string; when: (a: AnalysisView) => string | null }[] = [
  { status: 'draft', title: 'Drafts', when: (a) => a.updated_at },
  { status: 'scheduled', title: 'Scheduled', when: (a) => a.scheduled_at },
  { status: 'published', title: 'Published', when: (a) => a.published_at },
  { status: 'retracted', title: 'Retracted', when: (a) => a.retracted_at },
];

/** Drafts, scheduled, published and retracted analyses, each a table with links to edit. */
export function analysesPage(byStatus: Map<AnalysisView['status'], AnalysisView[]>): SafeHtml {
  return html`<h1>Analyses</h1>
${SECTIONS.map(({ status, title, when }) => {
  const items = byStatus.get(status) ?? [];
  return html`<section aria-labelledby="h-${status}"><h2 id="h-${status}">${title} (${items.length})</h2>
${items.length === 0
  ? html`<p class="muted">None.</p>`
  : html`<table><thead><tr><th scope="col">Headline</th><th scope="col">${status === 'draft' ? 'Last saved' : status === 'scheduled' ? 'Goes out' : status === 'published' ? 'Published' : 'Retracted'}</th><th scope="col">Version</th><th scope="col">Sources</th></tr></thead>
<tbody>${items.map((a) => html`<tr><td><a href="/desk/analyses/${a.id}">${a.headline}</a>${a.url ? html` <a class="small" href="${a.url}">(live page)</a>` : ''}</td><td class="small">${shortTime(when(a))}</td><td>${a.version}</td><td class="small">${a.sources.map((s) => s.publisher).join(', ')}</td></tr>`)}</tbody></table>`}
</section>`;
})}`;
}

/** The retract form shown under a published analysis. */
export function retractForm(a: AnalysisView, csrf: string): SafeHtml {
  return html`<form method="post" action="/desk/analyses/${a.id}/retract" class="actions" aria-label="Retract">
${csrfField(csrf)}<input type="hidden" name="version" value="${a.version}">
<div><label for="retract-reason">Retraction reason (shown on the page)</label><input id="retract-reason" type="text" name="reason" maxlength="1000" style="width:24rem"></div>
<button class="danger" type="submit">Retract</button></form>`;
}

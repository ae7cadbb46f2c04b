import type { Check } from '../../drafts/checks.ts';
import { candidatesOf, elementsOf, type StoredDraft } from '../../drafts/draft-actions.ts';
import { isWholeSentence } from '../../drafts/text.ts';
import { DRAFT_FIELDS, type Choice, type Draft, type DraftField } from '../../drafts/types.ts';
import type { ComposeValues } from './compose-form.ts';
import { html, type SafeHtml } from './html.ts';
import { csrfField } from './layout.ts';

/**
 * The draft panel of the edit page (SPEC "Drafts and checks"): the checks first (they warn, never
 * block), then each drafted element with its evidence — the sentence and the report it came
 * from — and plain forms to accept it, swap it for a runner-up or drop it (no JavaScript needed;
 * they post to /desk/analyses/:id/draft).
 */
export interface DraftPanelOptions {
  analysisId: number;
  version: number;
  csrf: string;
  draft: StoredDraft | null;
  checks: readonly Check[];
  /** story id → publisher, for the evidence lines. */
  publishers: ReadonlyMap<number, string>;
}

const TITLES: Record<DraftField, string> = { headline: 'Headline', dek: 'Dek', highlight: 'Highlight', category: 'Category', stats: 'Stats', rundown: 'Rundown', pull_quote: 'Pull quote', tags: 'Tags' };

function shown(field: DraftField, value: unknown): string {
  if (field === 'stats') {
    const s = value as { value?: string; label?: string };
    return `${s.value ?? ''} | ${s.label ?? ''}`;
  }
  if (field === 'pull_quote') {
    const q = value as { text?: string; speaker?: string };
    return `“${q.text ?? ''}” — ${q.speaker ?? ''}`;
  }
  return String(value ?? '');
}

/** Returns the checks list: every warning with the field it is about. */
export function checksList(checks: readonly Check[]): SafeHtml {
  if (checks.length === 0) return html`<section class="checks" id="checks" aria-labelledby="checks-h"><h2 id="checks-h">Checks</h2><p class="small muted">No warnings: every figure, date and quote agrees with the sources.</p></section>`;
  return html`<section class="checks" id="checks" aria-labelledby="checks-h"><h2 id="checks-h">Checks (${checks.length})</h2>
<div class="error-box" role="status"><p class="small">Warnings only — they never block saving or publishing. Check each against the sources before publishing.</p><ul>${checks.map(
    (c) => html`<li data-code="${c.code}"><strong>${c.code}</strong> · <a href="#f-${c.field.split('.')[0]}">${c.field}</a>: ${c.message}</li>`,
  )}</ul></div></section>`;
}

function evidenceLine(c: Choice<unknown>, publishers: ReadonlyMap<number, string>): SafeHtml {
  if (!c.evidence) return html``;
  return html`<blockquote class="small muted evidence">${c.evidence.sentence}<br><span>— ${publishers.get(c.evidence.story_id) ?? `story ${c.evidence.story_id}`}</span></blockquote>`;
}

function elementRow(o: DraftPanelOptions, field: DraftField, index: number, c: Choice<unknown>, candidates: Choice<unknown>[]): SafeHtml {
  const decision = o.draft?.decisions?.[`${field}.${index}`];
  const hidden = html`${csrfField(o.csrf)}<input type="hidden" name="version" value="${o.version}"><input type="hidden" name="field" value="${field}"><input type="hidden" name="index" value="${index}">`;
  return html`<li class="draft-element">
<div>${shown(field, c.value)}${decision ? html` <span class="tag">${decision}</span>` : ''}</div>
${evidenceLine(c, o.publishers)}
<form method="post" action="/desk/analyses/${o.analysisId}/draft" class="inline">${hidden}<button name="op" value="accept">Accept</button> <button name="op" value="drop">Drop</button></form>
${candidates.length > 0
  ? html`<form method="post" action="/desk/analyses/${o.analysisId}/draft" class="inline">${hidden}<input type="hidden" name="op" value="swap"><label class="small">Swap for <select name="candidate">${candidates.map((k, i) => html`<option value="${i}">${shown(field, k.value).slice(0, 120)}</option>`)}</select></label> <button>Swap</button></form>`
  : ''}
</li>`;
}

/** Returns the panel: checks, then each drafted field's elements with evidence and their accept/swap/drop forms. */
export function draftPanel(o: DraftPanelOptions): SafeHtml {
  const d = o.draft;
  const fields = d
    ? DRAFT_FIELDS.map((field) => {
        const elements = elementsOf(d, field);
        const candidates = candidatesOf(d, field);
        if (elements.length === 0) return html``;
        return html`<h3>${TITLES[field]}</h3><ol>${elements.map((c, i) => elementRow(o, field, i, c, candidates))}</ol>`;
      })
    : [];
  return html`${checksList(o.checks)}
${d
  ? html`<details class="draft" id="draft"><summary>Drafted by Pulse from the sources: each element with its evidence, to accept, swap or drop${typeof d.attribution === 'string' ? html` · ${d.attribution}` : ''}</summary>${fields}</details>`
  : ''}`;
}

/**
 * Returns fresh compose values with the draft's elements in place of the raw page metadata
 * (issue 11 point 8: never a raw section like "POST" as category, never a feed summary cut
 * mid-word as dek): headline, dek, category, highlight, rundown, pull quote and tags from the
 * draft; the drafted stats ticked first, the other offers after them.
 */
export function valuesWithDraft(values: ComposeValues, draft: Draft | null): ComposeValues {
  if (!draft) return { ...values, category: '', dek: isWholeSentence(values.dek) ? values.dek : '' };
  const drafted = draft.stats.map((s) => ({ on: true, value: s.value.value, label: s.value.label, sentence: s.evidence?.sentence ?? null, story_id: s.evidence?.story_id ?? null }));
  const rest = values.stats.filter((r) => !drafted.some((d) => d.value === r.value));
  const rundown = draft.rundown.map((r) => r.value);
  return {
    ...values,
    headline: draft.headline?.value ?? values.headline,
    dek: draft.dek?.value ?? '',
    category: draft.category?.value ?? '',
    highlight: draft.highlight?.value ?? '',
    stats: [...drafted, ...rest],
    rundown: [...rundown, ...values.rundown.slice(rundown.length)].slice(0, Math.max(values.rundown.length, rundown.length)),
    pull_quote: draft.pull_quote?.value.text ?? '',
    pull_quote_speaker: draft.pull_quote?.value.speaker ?? '',
    tags: draft.tags.map((t) => t.value).join(', '),
  };
}

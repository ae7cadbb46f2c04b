import type { AnalysisStatus } from '../../db/schema.ts';
import type { FieldProblem } from '../validation.ts';
import type { ComposeValues } from './compose-form.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { csrfField } from './layout.ts';

export interface ComposePageOptions {
  /** Where the form posts: /desk/compose or /desk/analyses/:id. */
  action: string;
  values: ComposeValues;
  csrf: string;
  /** Null while composing; the stored status when editing. */
  status: AnalysisStatus | null;
  problems?: FieldProblem[];
  /** Rendered Markdown of the body (already sanitized by renderMarkdown). */
  previewHtml?: string | null;
  /** The stories' titles, for the heading. */
  storyTitles?: string[];
  /** The checks and the drafted elements with their evidence (src/desk/pages/draft-panel.ts), outside the form. */
  draftPanel?: SafeHtml;
}

function problemFor(problems: FieldProblem[], field: string): FieldProblem | undefined {
  return problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
}

/** A labelled text input; its error (if any) is tied to it with aria-describedby. */
function textField(name: keyof ComposeValues & string, label: string, value: string, problems: FieldProblem[], opts: { hint?: string; max?: number; required?: boolean } = {}): SafeHtml {
  const problem = problemFor(problems, name);
  const describedBy = [opts.hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="f-${name}">${label}</label>
${opts.hint ? html`<div id="${name}-hint" class="small muted">${opts.hint}</div>` : ''}
<input id="f-${name}" type="text" name="${name}" value="${value}"${opts.max ? html` maxlength="${opts.max}"` : ''}${opts.required ? html` required` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${problem ? html` aria-invalid="true"` : ''}>
${problem ? html`<div id="${name}-error" class="small" style="color:var(--danger)">${problem.message}</div>` : ''}`;
}

/** The compose/edit form: headline and framing, stats picked from the facts, rundown, take, Markdown body with preview, publishing. */
export function composePage(opts: ComposePageOptions): SafeHtml {
  const v = opts.values;
  const problems = opts.problems ?? [];
  const editing = opts.status !== null;
  return html`<h1>${editing ? html`Edit analysis <span class="tag">${opts.status}</span>` : 'New analysis'}</h1>
${opts.storyTitles && opts.storyTitles.length > 0 ? html`<p class="muted">Based on: ${opts.storyTitles.join(' · ')}</p>` : ''}
${problems.length > 0
  ? html`<div class="error-box" role="alert"><strong>Please fix:</strong><ul>${problems.map((p) => html`<li><a href="#f-${p.field.split('.')[0]}">${p.field}</a>: ${p.message}</li>`)}</ul></div>`
  : ''}
${opts.previewHtml !== undefined && opts.previewHtml !== null
  ? html`<section class="preview" aria-labelledby="preview-h" tabindex="-1" id="preview"><h2 id="preview-h">Preview</h2><h3 style="font-size:1.5rem;margin:.25rem 0">${v.headline}</h3>${v.dek ? html`<p class="muted">${v.dek}</p>` : ''}${trusted(opts.previewHtml)}</section>`
  : ''}
${opts.draftPanel ?? ''}
<form method="post" action="${opts.action}" novalidate>
${csrfField(opts.csrf)}
<input type="hidden" name="story_ids" value="${v.story_ids.join(',')}">
${v.version !== null ? html`<input type="hidden" name="version" value="${v.version}">` : ''}
<div class="split">
<div>
<fieldset><legend>Headline and framing</legend>
${textField('headline', 'Headline', v.headline, problems, { max: 500, required: true })}
${textField('dek', 'Dek (one-sentence summary)', v.dek, problems, { max: 1000 })}
<div class="split" style="gap:1rem">
  <div>${textField('category', 'Category', v.category, problems, { max: 100, hint: 'e.g. AI' })}</div>
  <div>${textField('highlight', 'Highlight', v.highlight, problems, { max: 200, hint: 'e.g. Ban effective July 10, 2026' })}</div>
</div>
</fieldset>

<fieldset><legend>The rundown (3 to 5 points to publish)</legend>
${v.rundown.map((r, i) => html`<label for="f-rundown_${i}">Point ${i + 1}</label><input id="f-rundown_${i}" type="text" name="rundown_${i}" value="${r}" maxlength="1000">`)}
${problemFor(problems, 'rundown') ? html`<div class="small" id="f-rundown" style="color:var(--danger)">${problemFor(problems, 'rundown')!.message}</div>` : ''}
</fieldset>

<fieldset><legend>The take</legend>
${textField('take_title', 'Title', v.take_title, problems, { max: 200 })}
<label for="f-take_text">Commentary</label><textarea id="f-take_text" name="take_text" maxlength="10000">${v.take_text}</textarea>
${textField('take_author', 'Signed by', v.take_author, problems, { max: 200 })}
</fieldset>

<fieldset><legend>Body</legend>
<label for="f-body">Body (Markdown)</label>
<textarea id="f-body" class="body" name="body" aria-describedby="body-hint">${v.body}</textarea>
<div id="body-hint" class="small muted">Markdown: **bold**, _italic_, [links](https://…), ## headings, &gt; quotes. Use “Preview” to see it rendered.</div>
${textField('pull_quote', 'Pull quote', v.pull_quote, problems, { max: 1000 })}
${textField('watch', 'What to watch next', v.watch, problems, { max: 2000 })}
</fieldset>
</div>

<div>
<fieldset><legend>Key stats (picked from the fact sheet)</legend>
<p class="small muted">Tick the stats to show; value and label can be edited. Empty rows at the end add your own.</p>
<div class="stat-pick">
${v.stats.map(
  (r, i) => html`<input type="checkbox" id="f-stat_${i}_on" name="stat_${i}_on" value="1"${r.on ? html` checked` : ''} aria-label="Use stat ${i + 1}: ${r.value || 'custom'}">
<input type="text" name="stat_${i}_value" value="${r.value}" aria-label="Stat ${i + 1} value" maxlength="100">
<input type="text" name="stat_${i}_label" value="${r.label}" aria-label="Stat ${i + 1} label" maxlength="200">
${r.sentence ? html`<div class="evidence">“${r.sentence}”<input type="hidden" name="stat_${i}_sentence" value="${r.sentence}"></div>` : html`<div class="evidence"></div>`}`,
)}
</div>
${problemFor(problems, 'stats') ? html`<div class="small" id="f-stats" style="color:var(--danger)">${problemFor(problems, 'stats')!.message}</div>` : ''}
</fieldset>

<fieldset><legend>Metadata</legend>
${textField('tags', 'Tags', v.tags, problems, { hint: 'Comma separated, e.g. AI, Anthropic' })}
${textField('author', 'Byline', v.author, problems, { max: 200 })}
${textField('slug', 'Slug (URL)', v.slug, problems, { max: 200, hint: editing ? 'Fixed once published.' : 'Leave empty to derive it from the headline.' })}
</fieldset>

<fieldset><legend>Save and publish</legend>
<div class="actions">
  <button type="submit" name="action" value="preview" class="secondary">Preview</button>
  ${opts.status === 'published' ? html`<button type="submit" name="action" value="save">Update live analysis</button>` : html`<button type="submit" name="action" value="save" class="secondary">Save draft</button>`}
  ${opts.status === null || opts.status === 'draft' || opts.status === 'scheduled' ? html`<button type="submit" name="action" value="publish">Publish now</button>` : ''}
</div>
${opts.status === null || opts.status === 'draft' || opts.status === 'scheduled'
  ? html`<label for="f-at">Publish at (UTC)</label><input id="f-at" type="datetime-local" name="at" value="${v.at}" aria-describedby="at-hint">
<div id="at-hint" class="small muted">Times are UTC.</div>
<div class="actions"><button type="submit" name="action" value="schedule" class="secondary">Schedule</button>
${opts.status === 'scheduled' ? html`<button type="submit" name="action" value="unschedule" class="secondary">Unschedule (back to draft)</button>` : ''}</div>`
  : ''}
${problemFor(problems, 'at') ? html`<div class="small" style="color:var(--danger)">${problemFor(problems, 'at')!.message}</div>` : ''}
</fieldset>
</div>
</div>
</form>`;
}

import type { AnalysisStatus } from '../../db/schema.ts';
import { publishProblems } from '../transitions.ts';
import type { FieldProblem } from '../validation.ts';
import { inputFromValues, MAX_STATS, statInUse, type ComposeValues } from './compose-form.ts';
import { html, type SafeHtml } from './html.ts';
import { csrfField } from './layout.ts';

/** SPEC "HTTP rules": bodies over 1 MiB are refused; the form says so and its script counts (issue 11). */
export const FORM_LIMIT_BYTES = 1024 * 1024;

/** A field whose stored value differs from the editor's after a stale save (issue 11 point 9). */
export interface FieldConflict {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ComposePageOptions {
  /** Where the form posts: /desk/compose or /desk/analyses/:id. */
  action: string;
  values: ComposeValues;
  csrf: string;
  /** Null while composing; the stored status when editing. */
  status: AnalysisStatus | null;
  problems?: FieldProblem[];
  /** The stories' titles, for the heading. */
  storyTitles?: string[];
  /** Who owns the analysis (editing only). */
  owner?: string | null;
  /** Why this editor cannot save (a colleague's analysis, a story a colleague holds): the actions are not offered. */
  blocked?: string | null;
  /** A stale save: who saved meanwhile, and what differs. */
  conflict?: { message: string; fields: FieldConflict[]; currentVersion: number } | null;
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
${problem ? html`<div id="${name}-error" class="small field-error">${problem.message}</div>` : ''}`;
}

/** Returns what publishing the form as it stands would be refused for (the server checks the same, SPEC "HTTP rules"). */
export function formPublishProblems(v: ComposeValues): FieldProblem[] {
  const input = inputFromValues(v) as { headline: string; dek: string | null; rundown: string[]; take: { text: string } | null; body: string };
  return publishProblems(input);
}

function statRows(v: ComposeValues, readOnly: boolean): SafeHtml {
  const last = v.stats.length - 1;
  return html`${v.stats.map(
    (r, i) => html`<div class="stat-row">
<input type="checkbox" id="f-stat_${i}_on" name="stat_${i}_on" value="1"${r.on ? html` checked` : ''} aria-label="Use stat ${i + 1}: ${r.value || 'custom'}">
<input type="text" name="stat_${i}_value" value="${r.value}" aria-label="Stat ${i + 1} value" maxlength="100" placeholder="value">
<input type="text" name="stat_${i}_label" value="${r.label}" aria-label="Stat ${i + 1} label" maxlength="200" placeholder="label">
${readOnly ? '' : html`<span class="move"><button type="submit" name="action" value="stat-up-${i}" class="secondary icon" aria-label="Move stat ${i + 1} up"${i === 0 ? html` disabled` : ''}>↑</button><button type="submit" name="action" value="stat-down-${i}" class="secondary icon" aria-label="Move stat ${i + 1} down"${i === last ? html` disabled` : ''}>↓</button></span>`}
${r.sentence ? html`<div class="evidence">“${r.sentence}”<input type="hidden" name="stat_${i}_sentence" value="${r.sentence}">${r.story_id !== null ? html`<input type="hidden" name="stat_${i}_story" value="${r.story_id}">` : ''}</div>` : ''}
</div>`,
  )}`;
}

function conflictSection(c: NonNullable<ComposePageOptions['conflict']>): SafeHtml {
  return html`<section class="conflict" aria-labelledby="conflict-h" id="conflict">
<h2 id="conflict-h">Not saved: this analysis changed meanwhile</h2>
<input type="hidden" name="resolved_from" value="${c.currentVersion}">
<p>${c.message}</p>
${c.fields.length === 0
  ? html`<p>The stored version has the same content as yours: save again to keep going.</p>`
  : html`<p>Choose, field by field, which text to keep, then save. Nothing is replaced until you choose.</p>
<div class="compare">${c.fields.map(
  (f) => html`<fieldset class="compare-field"><legend>${f.label}</legend>
<div class="compare-cols">
<label class="choice"><input type="radio" name="resolve_${f.field}" value="mine"> Keep mine<span class="compare-text">${f.mine || '(empty)'}</span></label>
<label class="choice"><input type="radio" name="resolve_${f.field}" value="theirs"> Take the stored one<span class="compare-text">${f.theirs || '(empty)'}</span></label>
</div></fieldset>`,
)}</div>`}
</section>`;
}

/** The compose/edit form: headline and framing, stats picked from the facts, rundown, take, Markdown body, a sticky save bar. */
export function composePage(opts: ComposePageOptions): SafeHtml {
  const v = opts.values;
  const problems = opts.problems ?? [];
  const editing = opts.status !== null;
  const blocked = opts.blocked ?? null;
  const canPublish = opts.status === null || opts.status === 'draft' || opts.status === 'scheduled';
  const checks = canPublish ? formPublishProblems(v) : [];
  const inUse = v.stats.filter(statInUse).length;
  return html`<h1>${editing ? html`Edit analysis <span class="tag">${opts.status}</span>` : 'New analysis'}</h1>
${opts.owner ? html`<p class="owner">Owner: <strong>${opts.owner}</strong></p>` : ''}
${opts.storyTitles && opts.storyTitles.length > 0 ? html`<p class="muted">Based on: ${opts.storyTitles.join(' · ')}</p>` : ''}
${blocked ? html`<div class="error-box blocked" role="alert" id="blocked">${blocked}</div>` : ''}
${problems.length > 0
  ? html`<div class="error-box" role="alert"><strong>Please fix:</strong><ul>${problems.map((p) => html`<li><a href="#f-${p.field.split('.')[0]}">${p.field}</a>: ${p.message}</li>`)}</ul></div>`
  : ''}
${opts.draftPanel ?? ''}
<form method="post" action="${opts.action}" novalidate id="compose" data-limit="${FORM_LIMIT_BYTES}" data-key="${opts.action}:${v.story_ids.join(',')}" data-clear="${editing ? `/desk/compose:${v.story_ids.join(',')}` : ''}" data-autosave="${editing && !blocked && opts.status !== 'retracted' ? opts.action : ''}">
${csrfField(opts.csrf)}
${blocked ? '' : html`<button type="submit" name="action" value="save" class="default-submit" tabindex="-1" aria-hidden="true">Save</button>`}
<input type="hidden" name="story_ids" value="${v.story_ids.join(',')}">
${v.version !== null ? html`<input type="hidden" name="version" value="${v.version}">` : ''}
${opts.conflict ? conflictSection(opts.conflict) : ''}
<div id="restore" class="notice" hidden></div>
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

<fieldset><legend>The rundown (3 to 5 distinct points to publish)</legend>
${v.rundown.map((r, i) => html`<label for="f-rundown_${i}">Point ${i + 1}</label><input id="f-rundown_${i}" type="text" name="rundown_${i}" value="${r}" maxlength="1000">`)}
${problemFor(problems, 'rundown') ? html`<div class="small field-error" id="f-rundown">${problemFor(problems, 'rundown')!.message}</div>` : ''}
</fieldset>

<fieldset id="f-take"><legend>The take</legend>
${textField('take_title', 'Title (optional)', v.take_title, problems, { max: 200 })}
<label for="f-take_text">Commentary</label><textarea id="f-take_text" name="take_text" maxlength="10000">${v.take_text}</textarea>
${textField('take_author', 'Signed by', v.take_author, problems, { max: 200 })}
</fieldset>

<fieldset><legend>Body</legend>
<label for="f-body">Body (Markdown)</label>
<textarea id="f-body" class="body" name="body" aria-describedby="body-hint size-meter">${v.body}</textarea>
<div id="body-hint" class="small muted">Markdown: **bold**, _italic_, [links](https://…), ## headings, &gt; quotes.</div>
<div id="size-meter" class="small muted" aria-live="polite">The whole form may hold at most 1 MiB (1,048,576 bytes); larger saves are refused.</div>
${textField('pull_quote', 'Pull quote', v.pull_quote, problems, { max: 1000, hint: 'Without quotation marks: the page adds them.' })}
${textField('pull_quote_speaker', 'Pull quote speaker', v.pull_quote_speaker, problems, { max: 200 })}
${textField('watch', 'What to watch next', v.watch, problems, { max: 2000 })}
</fieldset>
</div>

<div>
<fieldset id="f-stats"><legend>Key stats (at most ${MAX_STATS}, in this order)</legend>
<p class="small muted">Tick the stats to show; edit value and label (the evidence stays with the row); ↑ ↓ change the order.</p>
<div class="stat-pick">${statRows(v, blocked !== null)}</div>
${blocked ? '' : inUse < MAX_STATS ? html`<button type="submit" name="action" value="stat-add" class="secondary">Add a stat</button>` : html`<p class="small muted">Eight stats in use: untick one to add another.</p>`}
${problemFor(problems, 'stats') ? html`<div class="small field-error">${problemFor(problems, 'stats')!.message}</div>` : ''}
</fieldset>

<fieldset><legend>Metadata</legend>
${textField('tags', 'Tags', v.tags, problems, { hint: 'Comma separated, e.g. AI, Anthropic' })}
${textField('author', 'Byline', v.author, problems, { max: 200 })}
${textField('slug', 'Slug (URL)', v.slug, problems, { max: 200, hint: editing ? 'Fixed once published.' : 'Leave empty to derive it from the headline.' })}
</fieldset>

${canPublish && !blocked
  ? html`<fieldset><legend>Schedule</legend><label for="f-at">Publish at (UTC)</label><input id="f-at" type="datetime-local" name="at" value="${v.at}" aria-describedby="at-hint">
<div id="at-hint" class="small muted">Times are UTC.</div>
<div class="actions"><button type="submit" name="action" value="schedule" class="secondary">Schedule</button>
${opts.status === 'scheduled' ? html`<button type="submit" name="action" value="unschedule" class="secondary">Unschedule (back to draft)</button>` : ''}</div>
${problemFor(problems, 'at') ? html`<div class="small field-error">${problemFor(problems, 'at')!.message}</div>` : ''}</fieldset>`
  : ''}
${canPublish
  ? html`<div id="publish-checks" class="${checks.length === 0 ? 'notice' : 'checks'}" role="status">${checks.length === 0
      ? 'Ready to publish: headline, dek, rundown, take and body are all there.'
      : html`<strong>Before publishing, add:</strong><ul>${checks.map((c) => html`<li><a href="#f-${c.field}">${c.field}</a>: ${c.message}</li>`)}</ul>`}</div>`
  : ''}
</div>
</div>
<div class="savebar" role="group" aria-label="Save and publish">
  <span id="save-state" class="small muted" aria-live="polite"></span>
  <button type="submit" name="action" value="preview" class="secondary" formaction="/desk/preview" formtarget="pulse-preview">Preview</button>
  ${blocked
    ? html`<span class="small">Read-only</span>`
    : html`${opts.status === 'published' ? html`<button type="submit" name="action" value="save">Update live analysis</button>` : html`<button type="submit" name="action" value="save" class="secondary">Save draft</button>`}
  ${canPublish ? html`<button type="submit" name="action" value="publish"${checks.length > 0 ? html` aria-describedby="publish-checks"` : ''}>Publish now</button>` : ''}`}
</div>
</form>
<script src="/desk/assets/compose.js" defer></script>`;
}

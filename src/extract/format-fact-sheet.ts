import type { DateFact, FactSheet, Figure } from './types.ts';

/** Returns a readable plain-text rendering of a fact sheet, for `pulse extract` and `pulse stories show`. */
export function formatFactSheet(sheet: FactSheet): string {
  const lines: string[] = [];
  const field = (name: string, value: string | null | undefined): void => {
    if (value) lines.push(`${name.padEnd(10)} ${value}`);
  };
  lines.push(sheet.title ?? '(untitled)');
  lines.push('='.repeat(Math.min(72, Math.max(8, (sheet.title ?? '').length))));
  field('URL', sheet.canonical_url !== sheet.url ? `${sheet.canonical_url} (fetched ${sheet.url})` : sheet.url);
  field('Site', sheet.site_name);
  field('By', sheet.authors.join(', '));
  field('Published', sheet.published_at);
  field('Modified', sheet.modified_at);
  field('Section', sheet.section);
  field('Tags', sheet.tags.join(', '));
  field('Language', sheet.language);
  field('Summary', sheet.description);
  lines.push(`${'Body'.padEnd(10)} ${sheet.body.word_count} words in ${sheet.body.paragraphs.length} paragraphs${sheet.body_source === 'feed' ? ' (from the feed: the page had no body)' : ''}`);

  section(lines, 'Figures', sheet.figures.map((f) => `${describeFigure(f)}  [¶${f.evidence.paragraph + 1}]`));
  section(lines, 'Dates', sheet.dates.map((d) => `${d.text} → ${describeDate(d)}${d.what ? ` (${d.what})` : ''}  [¶${d.evidence.paragraph + 1}]`));
  section(lines, 'Quotes', sheet.quotes.map((q) => `“${clip(q.text, 160)}” — ${q.speaker ?? 'unattributed'}${q.speaker_role ? `, ${q.speaker_role}` : ''}  [¶${q.evidence.paragraph + 1}]`));
  section(lines, 'Entities', sheet.entities.length ? [sheet.entities.slice(0, 15).map((e) => `${e.name} (${e.type}, ${e.mentions})`).join(', ')] : []);
  section(lines, 'Links', sheet.links.slice(0, 15).map((l) => `${l.text ? `${clip(l.text, 60)} ` : ''}<${l.url}>`));
  return lines.join('\n') + '\n';
}

function section(lines: string[], title: string, items: string[]): void {
  if (!items.length) return;
  lines.push('', `${title}:`);
  for (const item of items) lines.push(`  - ${item}`);
}

// Values print as written: all their decimals ("1.1075" stays 1.1075, issue 9).
function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

function describeFigure(f: Figure): string {
  const q = f.qualifier ? `${f.qualifier} ` : '';
  const v = f.value;
  const value = typeof v === 'number' ? num(v) : typeof v === 'string' ? v : `${num(v.from)}–${num(v.to)}`;
  const detail =
    f.kind === 'money' ? `${q}${f.currency} ${value}` :
    f.kind === 'percent' ? `${q}${value}%` :
    f.kind === 'duration' || f.kind === 'measure' ? `${q}${value} ${f.unit}` :
    f.kind === 'range' ? `${q}${f.currency ? `${f.currency} ` : ''}${value}${f.unit === '%' ? '%' : f.unit ? ` ${f.unit}` : ''}` :
    f.kind === 'version' ? `v${value}` :
    `${q}${value}`;
  return `${f.text} (${f.kind}: ${detail}${f.label ? `, ${f.label}` : ''})`;
}

function describeDate(d: DateFact): string {
  return 'date' in d ? d.date : `${d.start} – ${d.end}`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

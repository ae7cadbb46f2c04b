import { escapeHtml } from '../../publish/text.ts';

/**
 * HTML built by a tagged template that escapes every interpolated value unless it is already
 * SafeHtml — so a plain-text field can only reach a page escaped (SPEC "plain-text fields are
 * HTML-escaped wherever they land").
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** Returns SafeHtml from a template: strings escaped, SafeHtml and arrays of them kept, null/undefined/false dropped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks HTML that is already safe (sanitized or rendered by renderMarkdown). */
export function trusted(value: string): SafeHtml {
  return new SafeHtml(value);
}

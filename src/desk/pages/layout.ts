import type { Editor } from '../editors.ts';
import { html, trusted, type SafeHtml } from './html.ts';

/**
 * The desk's one stylesheet, inlined (no asset route). System fonts, visible focus rings,
 * WCAG AA contrast in light and dark schemes, a two-column story view that stacks on narrow screens.
 */
export const DESK_CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5a5a5a;--bg:#fafaf8;--card:#fff;--rule:#d9d9d4;--accent:#0b57d0;--danger:#b3261e;--ok:#146c2e;--mark:#fff3b0}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#b0b0b0;--bg:#121212;--card:#1d1d1d;--rule:#3a3a3a;--accent:#8ab4f8;--danger:#ff8a80;--ok:#7ee2a0;--mark:#5c4b00}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--fg);color:var(--bg);padding:.5rem 1rem;z-index:9}
.skip:focus{left:1rem}
header.top{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;padding:.75rem 1.5rem;border-bottom:1px solid var(--rule);background:var(--card)}
header.top .brand{font-weight:800;letter-spacing:.04em;text-decoration:none;color:var(--fg)}
header.top nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
header.top nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
header.top .who{margin-left:auto;display:flex;gap:.75rem;align-items:center;color:var(--muted)}
main{max-width:78rem;margin:0 auto;padding:1.25rem 1.5rem 3rem}
h1{font-size:1.6rem;line-height:1.2;margin:.25rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.notice,.error-box{padding:.75rem 1rem;border-radius:.4rem;margin:0 0 1rem;border:1px solid}
.notice{border-color:var(--ok);color:var(--ok)}
.error-box{border-color:var(--danger);color:var(--danger)}
.error-box ul{margin:.25rem 0 0;padding-left:1.25rem}
table{border-collapse:collapse;width:100%;background:var(--card)}
th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.muted{color:var(--muted)}
.small{font-size:.85rem}
.tag{display:inline-block;padding:0 .4rem;border-radius:.3rem;border:1px solid var(--rule);font-size:.8rem}
form.inline{display:inline}
button,.button{font:inherit;padding:.4rem .9rem;border-radius:.35rem;border:1px solid var(--accent);background:var(--accent);color:var(--bg);cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:transparent;color:var(--accent)}
button.danger{background:var(--danger);border-color:var(--danger)}
label{font-weight:600;display:block;margin:.75rem 0 .25rem}
input[type=text],input[type=password],input[type=search],input[type=datetime-local],select,textarea{font:inherit;width:100%;padding:.45rem .55rem;border:1px solid var(--rule);border-radius:.3rem;background:var(--card);color:var(--fg)}
textarea{min-height:6rem}
textarea.body{min-height:16rem;font-family:ui-monospace,Menlo,Consolas,monospace}
fieldset{border:1px solid var(--rule);border-radius:.4rem;margin:1rem 0;padding:.5rem 1rem 1rem;background:var(--card)}
legend{font-weight:700;padding:0 .3rem}
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-end;margin-bottom:1rem}
.filters label{margin:0 0 .25rem}
.filters>div{min-width:12rem}
.split{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media (max-width:60rem){.split{grid-template-columns:1fr}}
.original{background:var(--card);border:1px solid var(--rule);border-radius:.4rem;padding:.5rem 1.25rem;font:16px/1.65 Georgia,serif}
mark{background:var(--mark);color:inherit;padding:0 .1rem}
mark:target{outline:3px solid var(--accent)}
.facts ul{padding-left:1.1rem}
.facts li{margin:.35rem 0}
.stat-row{display:grid;grid-template-columns:auto minmax(0,1fr) minmax(0,2fr) auto;gap:.25rem .5rem;align-items:center;margin:0 0 .4rem}
.stat-row input[type=text]{margin:0;min-width:0}
.stat-row .evidence{grid-column:2/5;font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
.stat-row .move{display:flex;gap:.2rem}
button.icon{padding:.2rem .5rem;min-width:2.2rem}
button[disabled]{opacity:.4;cursor:default}
.field-error{color:var(--danger)}
.checks{padding:.75rem 1rem;border-radius:.4rem;margin:1rem 0;border:1px solid var(--danger);background:var(--card)}
.checks ul{margin:.25rem 0 0;padding-left:1.25rem}
.owner{margin:-.5rem 0 .75rem}
.savebar{position:sticky;bottom:0;z-index:5;display:flex;gap:.6rem;flex-wrap:wrap;align-items:center;justify-content:flex-end;padding:.6rem .75rem;margin:1rem -.25rem 0;background:var(--card);border:1px solid var(--rule);border-radius:.4rem;box-shadow:0 -2px 8px rgba(0,0,0,.08)}
.savebar #save-state{margin-right:auto;min-width:0;overflow-wrap:anywhere}
.default-submit{position:absolute;width:1px;height:1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0)}
.conflict{border:2px solid var(--danger);border-radius:.4rem;padding:.5rem 1rem;margin:1rem 0;background:var(--card)}
.compare-cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.75rem}
.compare .choice{font-weight:400;border:1px solid var(--rule);border-radius:.3rem;padding:.4rem .5rem;margin:0}
.compare-text{display:block;white-space:pre-wrap;overflow-wrap:anywhere;max-height:12rem;overflow:auto;font-size:.85rem;margin-top:.3rem}
input.wide{width:24rem;max-width:100%}
main,fieldset,td,th,.original,.preview{overflow-wrap:anywhere}
fieldset{min-width:0}
img{max-width:100%;height:auto}
@media (max-width:40rem){
  header.top{gap:.5rem 1rem;padding:.6rem .75rem}
  header.top .who{margin-left:0;flex-wrap:wrap}
  main{padding:1rem .75rem 3rem}
  fieldset{padding:.5rem .6rem .75rem}
  table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
  table.stack thead{display:none}
  table.stack tr{border-bottom:1px solid var(--rule);padding:.4rem 0}
  table.stack td{border:0;padding:.15rem .4rem}
  table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:var(--muted);font-size:.8rem}
  .stat-row{grid-template-columns:auto minmax(0,1fr) auto}
  .stat-row input[name$=_label]{grid-column:2/4}
  .stat-row .move{grid-column:3;grid-row:1}
  .stat-row input[name$=_label]{grid-row:2}
  .stat-row .evidence{grid-column:1/4}
  .compare-cols{grid-template-columns:1fr}
  .filters>div{min-width:0;flex:1 1 100%}
}
.actions{display:flex;gap:.6rem;flex-wrap:wrap;align-items:flex-end;margin-top:1rem}
.preview{border:2px dashed var(--rule);padding:.5rem 1.25rem;border-radius:.4rem;background:var(--card);font:16px/1.65 Georgia,serif}
.login{max-width:26rem;margin:4rem auto}
.tabs ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;margin:0 0 .75rem;padding:0}
.tabs a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
ol.events,ul.events{list-style:none;margin:0;padding:0}
.event,.event-box{background:var(--card);border:1px solid var(--rule);border-radius:.4rem;padding:.75rem 1rem;margin:0 0 .75rem;min-width:0}
.event-title{font-size:1.1rem;line-height:1.3;margin:0 0 .25rem}
.event .meta{margin:.1rem 0;color:var(--muted);font-size:.9rem}
.event .state{margin:.3rem 0}
.held{color:var(--danger)}
.mine,.free{color:var(--ok)}
.event .actions,.event-box .actions{margin-top:.4rem}
.event details{margin-top:.5rem}
.event summary{cursor:pointer;color:var(--accent)}
.reports{padding-left:1.1rem;margin:.4rem 0}
.reports li{margin:.5rem 0}
form.move{display:flex;flex-wrap:wrap;gap:.25rem .4rem;align-items:center;margin-top:.25rem}
form.move label{margin:0;font-weight:400}
form.move input[type=text]{width:6rem}
form.merge .row{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
form.merge input[type=text]{width:8rem}
main h1,main h2,.event,.reports li,.meta,.notice,.error-box{overflow-wrap:anywhere}
@media (max-width:40rem){header.top{padding:.5rem .75rem;gap:.4rem 1rem}header.top .who{margin-left:0;flex-wrap:wrap}main{padding:1rem .75rem 2rem}.filters>div{min-width:0;flex:1 1 10rem}}
`;

export interface LayoutOptions {
  title: string;
  editor: Editor | null;
  csrf: string;
  /** The nav entry to mark as current. */
  current?: 'queue' | 'analyses' | 'compose' | null;
  notice?: string | null;
  error?: string | null;
}

/** Returns a whole desk page around `body`. */
export function deskLayout(opts: LayoutOptions, body: SafeHtml): string {
  const nav = (key: LayoutOptions['current'], href: string, text: string) => html`<li><a href="${href}"${opts.current === key ? trusted(' aria-current="page"') : ''}>${text}</a></li>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${opts.title} · Pulse desk</title>
<style>${trusted(DESK_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/desk">PULSE DESK</a>
  ${opts.editor
    ? html`<nav aria-label="Desk"><ul>${nav('queue', '/desk', 'Queue')}${nav('analyses', '/desk/analyses', 'Analyses')}${nav('compose', '/desk/compose', 'New analysis')}</ul></nav>
  <div class="who"><span>Signed in as <strong>${opts.editor.name}</strong> (${opts.editor.role})</span>
    <form class="inline" method="post" action="/desk/logout"><input type="hidden" name="_csrf" value="${opts.csrf}"><button class="secondary" type="submit">Sign out</button></form></div>`
    : ''}
</header>
<main id="main" tabindex="-1">
${opts.notice ? html`<p class="notice" role="status">${opts.notice}</p>` : ''}
${opts.error ? html`<div class="error-box" role="alert">${opts.error}</div>` : ''}
${body}
</main>
</body>
</html>`.value;
}

/** Returns the hidden CSRF field every desk form carries. */
export function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

/** Returns a one-button POST form (claim, release…): works without JavaScript. */
export function postButton(action: string, label: string, csrf: string, opts: { className?: string; hidden?: Record<string, string>; ariaLabel?: string } = {}): SafeHtml {
  return html`<form class="inline" method="post" action="${action}">${csrfField(csrf)}${Object.entries(opts.hidden ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit"${opts.className ? trusted(` class="${opts.className}"`) : ''}${opts.ariaLabel ? html` aria-label="${opts.ariaLabel}"` : ''}>${label}</button></form>`;
}

/**
 * The pages' one stylesheet, inlined so every page is self-contained (no asset route to wire).
 * System fonts, a readable measure, colours with WCAG AA contrast, and light/dark schemes.
 */
export const PAGE_CSS = `
:root{color-scheme:light dark;--fg:#1a1a1a;--muted:#555;--bg:#fff;--card:#f4f4f1;--accent:#b3261e;--rule:#ddd}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--muted:#aaa;--bg:#121212;--card:#1f1f1f;--accent:#ff8a80;--rule:#333}}
*{box-sizing:border-box}
html{font-size:112.5%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
a{color:inherit;text-decoration-thickness:1px;text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--fg);color:var(--bg);padding:.5rem 1rem}
.skip:focus{left:1rem}
.site-header,.site-footer,main{max-width:42rem;margin:0 auto;padding:0 1.25rem}
.site-header{padding-top:1.25rem;padding-bottom:.75rem;border-bottom:1px solid var(--rule);font:700 1rem/1.2 system-ui,sans-serif;letter-spacing:.02em}
.site-header a{text-decoration:none}
.site-footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid var(--rule);color:var(--muted);font:.85rem/1.5 system-ui,sans-serif}
.kicker{margin:2rem 0 .25rem;font:600 .8rem/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--accent)}
h1{font-size:2.1rem;line-height:1.15;margin:.25rem 0 .75rem}
h2{font:700 .85rem/1.3 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.1em;margin:2.25rem 0 .75rem}
.body h2,.body h3,.body h4{font-family:system-ui,sans-serif;text-transform:none;letter-spacing:0;font-size:1.15rem}
.dek{font-size:1.2rem;color:var(--muted);margin:0 0 1.25rem}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.75rem;margin:1.25rem 0}
.stat{display:flex;flex-direction:column-reverse;background:var(--card);border-radius:.5rem;padding:.75rem .9rem}
.stat dd{margin:0;font:700 1.15rem/1.25 system-ui,sans-serif}
.stat dt{font:.75rem/1.3 system-ui,sans-serif;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;margin-top:.3rem}
.byline{font:.9rem/1.5 system-ui,sans-serif;color:var(--muted);border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);padding:.6rem 0}
.byline .author{color:var(--fg);font-weight:600}
.rundown ol{padding-left:1.5rem}
.rundown li{margin:.4rem 0}
.rundown li::marker{font:700 1rem system-ui,sans-serif;color:var(--accent)}
.take{background:var(--card);border-left:4px solid var(--accent);padding:.25rem 1.25rem 1rem;margin:2rem 0}
.take blockquote{margin:0}
.take-author{font-style:italic;text-align:right;margin:.5rem 0 0}
.pull-quote{margin:2rem 0;padding:0 1.5rem;font-size:1.35rem;line-height:1.4;font-style:italic;border-left:3px solid var(--accent)}
.attribution{font:.9rem/1.5 system-ui,sans-serif;color:var(--muted);border-top:1px solid var(--rule);padding-top:1rem;margin-top:2rem}
.read-next ul,.index-list{list-style:none;padding:0}
.read-next li{margin:.5rem 0}
.index-list li{border-bottom:1px solid var(--rule);padding:1rem 0}
.index-list h2{font:700 1.3rem/1.3 Georgia,serif;text-transform:none;letter-spacing:0;margin:.25rem 0}
.index-list .kicker{margin:0}
.index-list p{margin:.25rem 0}
.meta{font:.85rem/1.5 system-ui,sans-serif;color:var(--muted)}
img{max-width:100%;height:auto}
pre{overflow-x:auto;background:var(--card);padding:.75rem;border-radius:.4rem}
`.trim();

import type { PublishedAnalysis } from '../../src/publish/types.ts';
import { referenceAnalysis } from './fixtures.ts';

/**
 * Everything an editor could type that breaks naive renderers: every C0 control, NEL (U+0085),
 * the nonchararacters U+FFFE/U+FFFF, lone surrogates of both halves, a CDATA terminator (twice),
 * a script, an attribute breakout, a literal entity and the whitespace XML allows.
 */
export const HOSTILE = [
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(''),
  '\u0085\u007f\u009f\ufffe\uffff',
  '\ud800 lone-high \udc00 lone-low \udbff',
  ']]> and ]]>',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&amp; AT&T &#x3c; </title></item>',
  '😀 pair kept',
].join(' | ');

/** Returns an analysis with HOSTILE in every plain-text field and hostile Markdown in the body. */
export function hostileAnalysis(): PublishedAnalysis {
  return referenceAnalysis({
    headline: `Headline ${HOSTILE}`,
    dek: `Dek ${HOSTILE}`,
    category: `Category ${HOSTILE}`,
    highlight: `Highlight ${HOSTILE}`,
    stats: [{ value: `Value ${HOSTILE}`, label: `Label ${HOSTILE}` }],
    rundown: [`Point ${HOSTILE}`, `Second ${HOSTILE}`],
    take: { title: `Take ${HOSTILE}`, text: `Text ${HOSTILE}`, author: `Signed ${HOSTILE}` },
    bodyMarkdown: [
      `Body ${HOSTILE}`,
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.com/?a=1&b=2)',
      '<a href="javascript:alert(1)">raw link</a> <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe>',
      '<script>alert(1)</script><style>*{}</style><svg onload=alert(1)></svg>',
      '```\n]]> inside code <script>\n```',
    ].join('\n\n'),
    pullQuote: `Quote ${HOSTILE}`,
    watch: `Watch ${HOSTILE}`,
    tags: [`tag ${HOSTILE}`, '<b>', 'a"b'],
    author: { name: `Author ${HOSTILE}`, bio: `Bio ${HOSTILE}` },
    sources: [
      { publisher: `Publisher ${HOSTILE}`, title: `Title ${HOSTILE}`, url: 'https://techcrunch.com/a?x=1&y=<2>', feedUrl: 'https://techcrunch.com/feed/?a=1&b="2"' },
      { publisher: 'Evil', title: null, url: 'javascript:alert(1)', feedUrl: 'javascript:alert(1)' },
    ],
    related: [{ slug: 'a"b<c>', headline: `Related ${HOSTILE}` }],
  });
}

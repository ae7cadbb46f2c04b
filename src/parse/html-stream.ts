import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * htmlparser2's Tokenizer driven with the element rules of its Parser (HTML mode, lower-cased tag
 * and attribute names, entities left undecoded), for the sanitizer's hot path. The Parser builds
 * an attributes object for every start tag, slices every attribute and keeps its open elements
 * with Array#unshift; the sanitizer needs the attributes of a few allowlisted tags only. Events
 * come in the same order and with the same implied opens and closes as the Parser's (rules copied
 * from htmlparser2 10.1.0 `Parser.js`, MIT): a start tag closes the elements it implies (`<li>`
 * closes an open `<li>`, block elements close `<p>`…), void elements close at once, an end tag
 * closes everything down to its element, `</p>` and `</br>` without a start open one, `/>` closes
 * only inside `<svg>`/`<math>`, and the end of input closes what is still open — except a start
 * tag cut off by the end of input, which the Parser closes without having opened it.
 */
export interface HtmlStreamHandler {
  /** A start tag opens (after the elements it implies are closed); returns whether its attributes are wanted. */
  onopentagname(name: string): boolean;
  /** Whether the value of attribute `name` (lower case) of the wanted tag is wanted. */
  wantsAttribute(name: string): boolean;
  /** An attribute of a wanted tag, with its raw (undecoded) value; repeated names are passed again. */
  onattribute(name: string, value: string): void;
  /**
   * The start tag is complete (Parser's `onopentag`). `at` is the offset of its `<` in the input,
   * or -1 for a tag the rules imply (`</p>` alone opens a `<p>`).
   */
  onopentag(name: string, at: number): void;
  /**
   * An element closes (Parser's `onclosetag`, also for void and implied closes). `at` is the offset
   * of the end tag's `<` when this end tag closes it, else -1.
   */
  onclosetag(name: string, at: number): void;
  /** Text from `start` to `end` of the input, raw. */
  ontext(start: number, end: number): void;
}

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
  ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
  ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['rt', RT_RP], ['rp', RT_RP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
]);
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN_CONTEXT = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** The rules above for one tag name, looked up once per tag instead of once per set. */
interface TagRules {
  impliesClose: ReadonlySet<string> | undefined;
  isVoid: boolean;
  /** Pushes a foreign-context entry: true for svg/math, false for an HTML integration point, null for neither. */
  foreign: boolean | null;
}
const OTHER_TAG: TagRules = { impliesClose: undefined, isVoid: false, foreign: null };
const TAG_RULES = new Map<string, TagRules>();
for (const name of new Set([...OPEN_IMPLIES_CLOSE.keys(), ...VOID_ELEMENTS, ...FOREIGN_CONTEXT, ...HTML_INTEGRATION])) {
  TAG_RULES.set(name, {
    impliesClose: OPEN_IMPLIES_CLOSE.get(name),
    isVoid: VOID_ELEMENTS.has(name),
    foreign: FOREIGN_CONTEXT.has(name) ? true : HTML_INTEGRATION.has(name) ? false : null,
  });
}

export class HtmlStream implements TokenizerCallbacks {
  private html = '';
  private handler: HtmlStreamHandler | null = null;
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether `/>` closes an element here (inside svg/math), innermost last. */
  private readonly foreign: boolean[] = [];
  private tagname = '';
  /** Offset of the current start tag's `<`, or -1 when the tag is implied. */
  private tagStart = -1;
  private tagRules: TagRules = OTHER_TAG;
  /** A start tag whose `onopentag` is still due. */
  private pending = false;
  /** Whether the current start tag's attributes are wanted. */
  private collect = false;
  private attribname = '';
  private attribWanted = false;
  private attribvalue = '';

  /** Streams `html` to `handler`; returns when every event has been delivered. */
  run(html: string, handler: HtmlStreamHandler): void {
    this.html = html;
    this.handler = handler;
    this.stack.length = 0;
    this.foreign.length = 0;
    this.foreign.push(false);
    this.tagname = '';
    this.pending = false;
    this.collect = false;
    this.attribvalue = '';
    // A new tokenizer each time: reset() leaves its script/style state from the previous input.
    const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, this);
    try {
      tokenizer.write(html);
      tokenizer.end();
    } finally {
      this.html = '';
      this.handler = null;
    }
  }

  ontext(start: number, endIndex: number): void {
    this.handler!.ontext(start, endIndex);
  }

  ontextentity(): void {
    // Only emitted when entities are decoded, which they are not.
  }

  onopentagname(start: number, endIndex: number): void {
    this.emitOpenTag(this.html.slice(start, endIndex).toLowerCase(), start - 1);
  }

  private emitOpenTag(name: string, at: number): void {
    const handler = this.handler!;
    this.tagname = name;
    this.tagStart = at;
    const rules = TAG_RULES.get(name) ?? OTHER_TAG;
    this.tagRules = rules;
    const impliesClose = rules.impliesClose;
    if (impliesClose !== undefined) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) handler.onclosetag(stack.pop()!, -1);
    }
    if (!rules.isVoid) {
      this.stack.push(name);
      if (rules.foreign !== null) this.foreign.push(rules.foreign);
    }
    this.collect = handler.onopentagname(name);
    this.pending = true;
  }

  private endOpenTag(): void {
    if (this.pending) {
      this.pending = false;
      this.collect = false;
      this.handler!.onopentag(this.tagname, this.tagStart);
    }
    if (this.tagRules.isVoid) this.handler!.onclosetag(this.tagname, -1);
    this.tagname = '';
    this.tagRules = OTHER_TAG;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, endIndex: number): void {
    const handler = this.handler!;
    const name = this.html.slice(start, endIndex).toLowerCase();
    const rules = TAG_RULES.get(name) ?? OTHER_TAG;
    if (rules.foreign !== null) this.foreign.pop();
    if (!rules.isVoid) {
      const stack = this.stack;
      const pos = stack.lastIndexOf(name);
      if (pos !== -1) {
        while (stack.length > pos + 1) handler.onclosetag(stack.pop()!, -1);
        // `</` precedes the name (the tokenizer also allows blanks between them: then no match at `at`).
        handler.onclosetag(stack.pop()!, start - 2);
      } else if (name === 'p') {
        // `</p>` without an open <p>: an empty paragraph, as browsers do.
        this.emitOpenTag('p', -1);
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is a line break.
      handler.onopentagname('br');
      handler.onopentag('br', -1);
      handler.onclosetag('br', -1);
    }
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1] === true) this.closeCurrentTag();
    else this.onopentagend();
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    const stack = this.stack;
    if (stack.length > 0 && stack[stack.length - 1] === name) {
      stack.pop();
      this.handler!.onclosetag(name, -1);
    }
  }

  onattribname(start: number, endIndex: number): void {
    if (!this.collect) {
      this.attribWanted = false;
      return;
    }
    this.attribname = this.html.slice(start, endIndex).toLowerCase();
    this.attribWanted = this.handler!.wantsAttribute(this.attribname);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attribWanted) this.attribvalue += this.html.slice(start, endIndex);
  }

  onattribentity(): void {
    // Only emitted when entities are decoded, which they are not.
  }

  onattribend(_quote: QuoteType): void {
    if (this.attribWanted) {
      this.handler!.onattribute(this.attribname, this.attribvalue);
      this.attribvalue = '';
      this.attribWanted = false;
    }
  }

  oncdata(): void {
    // HTML mode: CDATA sections are comments, and comments are dropped.
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onprocessinginstruction(): void {}

  onend(): void {
    const stack = this.stack;
    const handler = this.handler!;
    // A start tag cut off by the end of input never opened (no `onopentag`), so it does not close
    // either. (htmlparser2's Parser closes it, and a handler that pairs opens with closes then
    // closes the wrong element: `<b>x<a href="/y"` came out as `<b>x</a>`.)
    if (this.pending && !this.tagRules.isVoid && stack[stack.length - 1] === this.tagname) stack.pop();
    for (let i = stack.length - 1; i >= 0; i -= 1) handler.onclosetag(stack[i]!, -1);
  }
}

import { nameRuns } from './names.ts';

/**
 * Name runs for entity finding (issue 9): `nameRuns` closes a run at a full stop, so a middle
 * initial cuts a name in two ("Sonya A." + "Zoghlin", "P.J." + "Fleck"). Here a run that ends in
 * an initial joins the run right after its full stop: "Sonya A. Zoghlin", "P.J. Fleck".
 */
export function entityRuns(text: string): string[] {
  const runs = nameRuns(text);
  const out: string[] = [];
  let from = 0;
  let prevEnd = -1;
  let lastAt = -1;
  for (const run of runs) {
    const at = text.indexOf(run, from);
    if (at < 0) {
      out.push(run);
      lastAt = -1;
      continue;
    }
    const last = out[out.length - 1];
    const between = prevEnd >= 0 ? text.slice(prevEnd, at) : '';
    if (last !== undefined && /(?:^|\s)(?:\p{Lu}\.)*\p{Lu}$/u.test(last) && between === '. ') {
      out[out.length - 1] = `${last}. ${run}`;
    } else if (last !== undefined && between === ' & ') {
      // "Pacific Gas & Electric Co.", "Procter & Gamble": an ampersand joins one company's name.
      out[out.length - 1] = `${last} & ${run}`;
    } else if (last !== undefined && between === ', ' && !last.includes(',') && US_STATE.test(run) && !/^\s*(?:and|or|&)\b/.test(text.slice(at + run.length))
      // "Meanwhile, California regulators …": a sentence opener is no town, unless a dash or "(AP)" follows as in a dateline.
      && !(lastAt === 0 && !/^\.?\s*(?:[—–-]|\(|$)/.test(text.slice(at + run.length)))) {
      // "McAllen, Texas", "Dekalb, Ill.", "Washington, D.C.": a town and its state are one place.
      out[out.length - 1] = `${last}, ${run}`;
    } else {
      out.push(run);
      lastAt = at;
    }
    from = at + run.length;
    prevEnd = from;
  }
  return out;
}

const US_STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

// Credit lines name the reporters, editors and photographers, not the news: "Reporting by …; Editing by …",
// "Follow Mike Wall on Twitter", "Write to Al Root at …", "Graphic by Karl Tate".
const CREDIT = /\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]roduced|[Ii]nfographic|[Gg]raphic|[Ii]llustration|[Pp]hotos?|[Vv]ideo|[Aa]dditional reporting|[Pp]ictures?)\s+by\s+\p{Lu}|^(?:By|Follow|Write to|Contact|Email|Reach)\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:on|at|via)\b|\s*[@(]|\s*$)/u;

/** True for a byline or credit sentence, whose names are staff rather than actors of the article. */
export function isCreditSentence(text: string): boolean {
  return CREDIT.test(text);
}

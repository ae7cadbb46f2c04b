/**
 * Calendar dates of the continental languages Pulse's feeds carry (French, Spanish, Portuguese, Italian, German), read
 * only on a page whose language is one of them (figureLanguage): full dates ("30 avril 2015", "1er mai", "15 de marzo de
 * 2019", "3. März 2020"), a month with its year ("mars 2015", "marzo de 2019") or after a preposition ("em abril", "im
 * Mai"), a year after a preposition ("en 2015", "seit 2010", "nel 2017"), and, when the publication day is known, weekdays
 * ("samedi", "el lunes", "am Dienstag", "na segunda-feira": the most recent one on or before publication, ANNOTATING.md;
 * "lundi prochain" the one after) and "hier", "ayer", "ontem", "ieri", "gestern" (and today's words when they date an event).
 */
import { fmt as fmtDay, resolveMonthYear, resolveYear, weekdayShift, type SentenceDate } from './dates.ts';

type Lang = 'fr' | 'es' | 'pt' | 'it' | 'de';

interface Lexicon {
  months: string[][]; // the names of each month (full name first, then abbreviations)
  weekdays: string[][]; // Sunday first
  yesterday: string;
  today: string;
  // Words before a lone month or year that make it date an event ("en", "desde", "seit").
  leads: string;
  // Words before a weekday that make it a habit ("le samedi", "los lunes", "aos sábados", "jeden Montag").
  habit: string;
  // Words after a weekday that point ahead ("lundi prochain", "el próximo lunes" is before).
  next: string;
  // Words around a date that say nothing of what happens then.
  stop: string[];
}

const LEXICONS: Record<Lang, Lexicon> = {
  fr: {
    months: [['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'decembre']],
    weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
    yesterday: 'hier', today: "aujourd['’]hui",
    leads: "en|depuis|dès|jusqu['’]en|d['’]ici|début|fin|mi|courant|avant|après|à partir de|de|entre|et|au|d['’]ici à",
    habit: 'les?|chaque|tous les|le même',
    next: 'prochain',
    stop: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'en', 'à', 'au', 'aux', 'et', 'ou', 'mais', 'que', 'qui', 'dans', 'sur', 'par', 'pour', 'avec', 'ce', 'cette', 'depuis', 'dès', 'dernier', 'prochain', 'matin', 'soir', 'après-midi', 'soirée', 'nuit', 'a', 'est', 'il', 'elle', 'ils', 'on', 'se', "s'", "qu'", 'ont', 'début', 'fin', 'mi'],
  },
  es: {
    months: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo'], ['junio', 'jun'], ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
    weekdays: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
    yesterday: 'ayer', today: 'hoy',
    leads: 'en|desde|hasta|para|a partir de|principios de|finales de|mediados de|fines de|antes de|después de|entre|y|de',
    habit: 'los|cada|todos los|todas las',
    next: 'próximo|proximo|que viene',
    stop: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'del', 'de', 'en', 'a', 'al', 'y', 'o', 'pero', 'que', 'con', 'por', 'para', 'desde', 'hasta', 'este', 'esta', 'pasado', 'próximo', 'mañana', 'tarde', 'noche', 'se', 'ha', 'es', 'fue', 'principios', 'finales', 'mediados'],
  },
  pt: {
    months: [['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio'], ['junho', 'jun'], ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez']],
    weekdays: [['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado', 'sabado']],
    yesterday: 'ontem', today: 'hoje',
    leads: 'em|desde|até|ate|para|a partir de|início de|inicio de|fim de|final de|meados de|antes de|depois de|entre|e|de',
    habit: 'aos|às|as|todo|toda|todos os|todas as|cada',
    next: 'que vem|próximo|próxima',
    stop: ['o', 'os', 'a', 'as', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'um', 'uma', 'e', 'ou', 'mas', 'que', 'com', 'por', 'para', 'de', 'desde', 'até', 'neste', 'nesta', 'passado', 'passada', 'próximo', 'próxima', 'manhã', 'tarde', 'noite', 'se', 'foi', 'é', 'início', 'fim', 'meados'],
  },
  it: {
    months: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
    weekdays: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
    yesterday: 'ieri', today: 'oggi',
    leads: 'in|nel|nell[’\']|dal|dall[’\']|dallo|a|ad|da|fino a|fino al|entro|entro il|entro la fine del|tra|fra|e|di|del|inizio|fine|metà|primi di|prima del|dopo il',
    habit: 'il|ogni|tutti i|tutte le|la',
    next: 'prossimo|prossima',
    stop: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'una', 'di', 'del', 'della', 'dei', 'in', 'nel', 'nella', 'a', 'al', 'alla', 'e', 'o', 'ma', 'che', 'con', 'per', 'da', 'dal', 'scorso', 'scorsa', 'prossimo', 'mattina', 'sera', 'pomeriggio', 'notte', 'si', 'è', 'ha', 'entro', 'fino', 'inizio', 'fine'],
  },
  de: {
    months: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
    weekdays: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
    yesterday: 'gestern', today: 'heute',
    // Not "von" nor "und": before a capitalised word they mostly lead a name ("von August Müller").
    leads: 'im|in|seit|bis|ab|vor|nach|anfang|ende|mitte|zwischen|bis zum|im jahr|im jahre',
    habit: 'jeden|jeder|immer|an jedem',
    next: 'kommenden|nächsten|naechsten',
    stop: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'am', 'im', 'in', 'an', 'auf', 'und', 'oder', 'aber', 'dass', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bis', 'seit', 'ab', 'hat', 'ist', 'wurde', 'sich', 'es', 'er', 'sie', 'morgen', 'abend', 'nachmittag', 'vormittag', 'nacht', 'anfang', 'ende', 'mitte', 'jahr', 'vergangenen', 'kommenden'],
  },
};

const L = '\\p{L}';
const NOT_AFTER_WORD = `(?<![${L}\\d])`;
const NOT_BEFORE_WORD = `(?![${L}\\d])`;
const YEAR = '(?:19|20)\\d{2}';
// A year is no date when a number, a share or a unit goes on from it ("2015,5", "2019-2020", "2000 personnes").
const YEAR_END = `(?![\\d.,]\\d|[-–/]\\d|\\s?%|\\s(?:euros?|dollars?|millions?|milliards?|millones|milhões|milioni|Millionen|personnes|personas|pessoas|persone|Menschen)${NOT_BEFORE_WORD})`;

interface Compiled {
  monthOf: Map<string, number>;
  weekdayOf: Map<string, number>;
  full: RegExp; // day month [year]
  monthYear: RegExp; // month [de] year
  monthAlone: RegExp; // lead month
  yearAlone: RegExp; // lead year
  weekday: RegExp;
  relative: RegExp;
  habit: RegExp;
  next: RegExp;
  stop: ReadonlySet<string>;
}

function compile(lex: Lexicon): Compiled {
  const monthOf = new Map<string, number>();
  lex.months.forEach((names, i) => names.forEach((n) => monthOf.set(n, i)));
  const weekdayOf = new Map<string, number>();
  lex.weekdays.forEach((names, i) => names.forEach((n) => weekdayOf.set(n, i)));
  const byLength = (a: string, b: string): number => b.length - a.length;
  // Abbreviations need their stop ("avr.", "Okt."); full names stand alone.
  const month = `(?:${lex.months.flatMap((n) => [n[0]!]).sort(byLength).join('|')}|(?:${lex.months.flatMap((n) => n.slice(1)).sort(byLength).join('|')})\\.)`;
  const day = '(?:[12]\\d|3[01]|0?[1-9])';
  // "1er mai", "1º de maio", "3. März", "15 de marzo de 2019", "22 aprile 2017".
  const weekdays = `(?:${lex.weekdays.flat().sort(byLength).join('|')})`;
  // The weekday of a full date belongs to it: "mardi 5 mai", "el lunes 3 de junio", "am Dienstag, 3. März".
  const full = new RegExp(`${NOT_AFTER_WORD}(?:${weekdays},?\\s(?:le\\s|el\\s|den\\s)?)?(?<d>${day})(?:er|º|°|o|\\.)?\\s(?:de\\s)?(?<m>${month})${NOT_BEFORE_WORD}(?:,?\\s(?:de\\s|del\\s)?(?<y>${YEAR})${YEAR_END}${NOT_BEFORE_WORD})?`, 'giu');
  const monthYear = new RegExp(`${NOT_AFTER_WORD}(?<m>${month})${NOT_BEFORE_WORD},?\\s(?:de\\s|del\\s|di\\s)?(?<y>${YEAR})${YEAR_END}${NOT_BEFORE_WORD}`, 'giu');
  const monthAlone = new RegExp(`${NOT_AFTER_WORD}(?:${lex.leads})\\s(?<m>${month})${NOT_BEFORE_WORD}(?!\\s?(?:de\\s|del\\s|di\\s)?\\d)`, 'giu');
  const yearAlone = new RegExp(`${NOT_AFTER_WORD}(?:${lex.leads})\\s(?:l['’]an\\s|l['’]année\\s|el año\\s|o ano\\s|de\\s|del\\s|il\\s|jahr\\s)?(?<y>${YEAR})${YEAR_END}${NOT_BEFORE_WORD}`, 'giu');
  const weekday = new RegExp(`${NOT_AFTER_WORD}(?<w>${[...weekdayOf.keys()].sort(byLength).join('|')})${NOT_BEFORE_WORD}`, 'giu');
  const relative = new RegExp(`${NOT_AFTER_WORD}(?<r>${lex.yesterday}|${lex.today})${NOT_BEFORE_WORD}`, 'giu');
  return {
    monthOf,
    weekdayOf,
    full,
    monthYear,
    monthAlone,
    yearAlone,
    weekday,
    relative,
    // … also before a weekday in quotes: «le “venerdì nero”» names a day of the calendar, none of the story's.
    habit: new RegExp(`${NOT_AFTER_WORD}(?:${lex.habit})\\s[“"«‘]?\\s?$`, 'iu'),
    next: new RegExp(`^\\s(?:${lex.next})${NOT_BEFORE_WORD}`, 'iu'),
    stop: new Set(lex.stop),
  };
}

const NUMERIC_DMY = new RegExp(`(?<![\\d.,/]|\\b(?:[Vv]ersion|[Vv]ersione|[Vv]ersão|[Vv]ersión|[Bb]uild|[Rr]elease|v)\\s?)\\b(?<d>0?[1-9]|[12]\\d|3[01])(?<s>[./])(?<m>0?[1-9]|1[0-2])\\k<s>(?<y>${YEAR})\\b(?![.,/]\\d)`, 'g');
const COMPILED = new Map<Lang, Compiled>((Object.keys(LEXICONS) as Lang[]).map((k) => [k, compile(LEXICONS[k])]));
const NEXT_BEFORE = /(?:próximo|proximo|próxima|proxima|prossimo|prossima|kommenden|nächsten)\s$/iu;
// A stamp of the page ("Publié le 4 mai 2015", "Atualizado em", "Aktualisiert am"), a photo's credit line: no event.
const STAMP = /^\W*(?:publié|mis à jour|modifié|publicado|actualizado|atualizado|publicado em|pubblicato|aggiornato|veröffentlicht|aktualisiert|stand)\b/iu;
// A sentence ends on a stop: a line without one (a headline, a teaser, a date column) is page furniture.
const STOPPED = /[.!?…"”»:)]\s*$/u;
const LISTING = /\d\s(?:[\p{L}.]+\s){0,3}?[\p{L}.]+\s[–—-]\s\p{Lu}/u;
const LISTING_AFTER = /^\s[–—-]\s\p{Lu}/u;
/** What a schedule's entry names: the words after its dash, up to the next entry. */
function listingWhat(after: string): string | null {
  const what = after.replace(LISTING_AFTER, (t) => t.slice(-1)).split(/\s(?:\d|\*)|\s[–—-]\s/u)[0]!.trim().split(/\s+/).slice(0, 6).join(' ');
  return /\p{L}{3}/u.test(what) ? what : null;
}
const MORE_THAN_BEFORE = /(?:^|[^\p{L}])(?:más|mas|mais|menos|plus|moins|près|cerca|alrededor|environ|quase|casi|presque|oltre|più|meno|über|unter|rund|etwa|circa|fast)\s(?:de\s|di\s|d['’]|von\s)?$/iu;
const CLAUSE_EDGE = /[,;:()«»“”"—–]|\s-\s/gu;
const MAY_HAVE = /\d|\p{L}{3,}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;
// A day number (or "le 2", "el 3", "den 4") right after a weekday: the weekday belongs to that full date.
const FULL_DATE_AFTER = /^,?\s(?:\d|(?:le|el|den)\s\d)/u;

/** The continental language a page is read in, from its (text-checked) language tag; null for any other. */
export function continentalLanguage(language: string | null | undefined): Lang | null {
  const code = /^(fr|es|pt|it|de)\b/i.exec(language ?? '')?.[1]?.toLowerCase();
  return (code as Lang | undefined) ?? null;
}

/** The dates of one sentence of a page in `lang`; `published` is the publication's calendar day (UTC midnight). */
export function findContinentalDates(sentence: string, published: Date | null, lang: Lang): (SentenceDate & { reference: boolean })[] {
  const c = COMPILED.get(lang)!;
  if (!MAY_HAVE.test(sentence) || STAMP.test(sentence)) return [];
  // A line with no stop is furniture (a headline, a teaser, a date column) unless it is a schedule's entries ("1a etapa: 10 de março – Interlagos").
  const listing = !STOPPED.test(sentence);
  if (listing && !LISTING.test(sentence)) return [];
  const found: { at: number; end: number; text: string; date: string }[] = [];
  const taken = (a: number, b: number): boolean => found.some((f) => a < f.end && b > f.at);
  const add = (at: number, end: number, date: string | null): void => {
    if (date && !taken(at, end)) found.push({ at, end, text: sentence.slice(at, end), date });
  };
  const monthNo = (name: string): number => c.monthOf.get(name.toLowerCase().replace(/\.$/, '')) ?? -1;
  // "01.01.2019", "5/4/2018": these languages put the day first.
  for (const m of sentence.matchAll(NUMERIC_DMY)) {
    const g = m.groups!;
    const d = Number(g['d']);
    const mon = Number(g['m']) - 1;
    const y = Number(g['y']);
    if (new Date(Date.UTC(y, mon, d)).getUTCDate() === d) add(m.index, m.index + m[0].length, fmtDay(y, mon, d));
  }
  for (const m of sentence.matchAll(c.full)) {
    const g = m.groups!;
    const mon = monthNo(g['m']!);
    const d = Number(g['d']);
    if (listing && !LISTING_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    // A schedule lists days still to come.
    const y = g['y'] ? Number(g['y']) : resolveYear(mon, d, published, listing ? 'future' : null);
    if (mon >= 0 && y !== null) add(m.index, m.index + m[0].length, fmtDay(y, mon, d));
  }
  if (listing) return found.map((f) => ({ text: f.text, date: f.date, what: listingWhat(sentence.slice(f.end)), reference: false }));
  for (const m of sentence.matchAll(c.monthYear)) {
    const mon = monthNo(m.groups!['m']!);
    if (mon >= 0) add(m.index, m.index + m[0].length, `${m.groups!['y']}-${String(mon + 1).padStart(2, '0')}`);
  }
  for (const m of sentence.matchAll(c.yearAlone)) {
    const at = m.index + m[0].length - m.groups!['y']!.length;
    // "más de 2000", "plus de 2000": a count.
    if (MORE_THAN_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) continue;
    add(at, at + 4, m.groups!['y']!);
  }
  if (published) {
    for (const m of sentence.matchAll(c.monthAlone)) {
      const mon = monthNo(m.groups!['m']!);
      const at = m.index + m[0].length - m.groups!['m']!.length;
      // "mars" is a planet, "mai"/"Mai" a name, unless a lead word dates it; a capitalised Romance month inside a sentence is a name.
      if (mon < 0 || (lang !== 'de' && CAPITAL_FIRST.test(m.groups!['m']!) && at > 0)) continue;
      const y = resolveMonthYear(mon, published, '', null);
      if (y !== null) add(at, m.index + m[0].length, `${y}-${String(mon + 1).padStart(2, '0')}`);
    }
    for (const m of sentence.matchAll(c.weekday)) {
      const wd = c.weekdayOf.get(m.groups!['w']!.toLowerCase());
      const at = m.index;
      const end = at + m[0].length;
      const before = sentence.slice(Math.max(0, at - 20), at);
      // A habit ("le samedi", "los lunes"), a plural ("sábados") or the weekday of a full date that follows ("samedi 2 mai").
      if (wd === undefined || c.habit.test(before) || FULL_DATE_AFTER.test(sentence.slice(end)) || taken(at, end)) continue;
      // A Romance weekday capitalised inside a sentence is a name ("Vendredi" a magazine); German capitalises them all.
      if (lang !== 'de' && CAPITAL_FIRST.test(m[0]) && ANY_LETTER.test(sentence.slice(0, at))) continue;
      const ahead = c.next.test(sentence.slice(end, end + 14)) || NEXT_BEFORE.test(before);
      const d = new Date(published.getTime() + weekdayShift(published.getUTCDay(), wd, ahead, true) * 86_400_000);
      add(at, end, fmtDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    }
    for (const m of sentence.matchAll(c.relative)) {
      const yesterday = m.groups!['r']!.toLowerCase() === LEXICONS[lang].yesterday;
      // "today" names a day only with an event's past in its clause; alone it is mostly "nowadays" (ANNOTATING.md: no vague ones).
      if (!yesterday) continue;
      const d = new Date(published.getTime() - 86_400_000);
      add(m.index, m.index + m[0].length, fmtDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => ({ text: f.text, date: f.date, what: whatAround(sentence, f.at, f.end, c), reference: false }));
}

/** What a date written in digits ("01.01.2019", "2018-04-05") tells on a page in `lang`: its clause read in that language. */
export function continentalWhat(sentence: string, text: string, lang: Lang): string | null {
  const at = sentence.indexOf(text);
  return at < 0 ? null : whatAround(sentence, at, at + text.length, COMPILED.get(lang)!);
}

/** A few words of the date's clause: those before it, else those after it, edged by no function word. */
function whatAround(sentence: string, at: number, end: number, c: Compiled): string | null {
  let lo = 0;
  let prev = 0; // the start of the clause before the date's own
  let hi = sentence.length;
  let next = sentence.length; // the end of the clause after it
  for (const m of sentence.matchAll(CLAUSE_EDGE)) {
    if (m.index + m[0].length <= at) [prev, lo] = [lo, m.index + m[0].length];
    else if (m.index >= end && hi === sentence.length) hi = m.index;
    else if (m.index > hi && next === sentence.length && sentence.slice(hi + 1, m.index).trim().length > 1) next = m.index;
  }
  const trim = (ws: string[]): string[] => {
    const isStop = (w: string): boolean => c.stop.has(w.toLowerCase()) || c.monthOf.has(w.toLowerCase()) || c.weekdayOf.has(w.toLowerCase()) || /^\d+\W*$/.test(w);
    let a = 0;
    let b = ws.length;
    while (a < b && isStop(ws[a]!)) a++;
    while (b > a && isStop(ws[b - 1]!)) b--;
    return ws.slice(a, b);
  };
  const words = (t: string): string[] => t.replace(/[.!?…]+\s*$/u, '').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const before = trim(words(sentence.slice(lo, at)).slice(-6));
  const after = trim(words(sentence.slice(end, hi)).slice(0, 6));
  // A date alone in its clause ("Fin avril 1980, l’ambassade … a été …", "…, mardi 5 mai."): the clause after, else the one before.
  const following = trim(words(sentence.slice(hi + 1, next)).slice(0, 6));
  const preceding = lo > 0 ? trim(words(sentence.slice(prev, lo - 1)).slice(-6)) : [];
  // (A date closing its clause otherwise than by a comma, "…, en 1969 : «C’est …»", belongs to the clause before.)
  const [first, second] = sentence[hi] === ',' ? [following, preceding] : [preceding, following];
  const pick = before.length >= 2 ? before : after.length >= 2 ? after : first.length >= 2 ? first : second.length >= 2 ? second : [...before, ...after];
  const what = pick.join(' ').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  return /\p{L}{3}/u.test(what) ? what : null;
}

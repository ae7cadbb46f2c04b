/** Reading numbers as news prose writes them: "3,400", "1.5", "two", "a dozen", with "million"/"bn"/"k" multipliers. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, half: 0.5,
};

/** Alternation of number words for regexes ("twenty-five" is matched as two words joined by a hyphen). */
export const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a half|half a|a|an)';

export const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

const MULTIPLIERS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, tausend: 1e3, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, millions: 1e6, milliards: 1e9, millones: 1e6, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};

export const MULTIPLIER = '(?:hundred|thousand|million|billion|trillion|Milliarden|Milliarde|Millionen|Tausend|Mio|Mrd|milliards|millions|millones|mln|mn|bn|tn|m|b|k)';

/** Returns the value of a digit string or number word ("3,400" → 3400, "twenty-five" → 25), or null. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(s)) {
    const v = Number(s.replace(/,/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  if (s === 'a dozen') return 12;
  if (s === 'a half' || s === 'half a') return 0.5;
  const parts = s.split('-');
  let total = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Returns the factor of a multiplier word ("million" → 1e6, "bn" → 1e9), 1 when absent. */
export function multiplierOf(raw: string | undefined): number {
  if (!raw) return 1;
  return MULTIPLIERS[raw.trim().toLowerCase()] ?? 1;
}

/** Rounds away float noise from multiplying decimals (1.2 × 1e9). */
export function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

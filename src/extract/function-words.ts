/**
 * Function words that tell a text's language apart from what its page declares (a template that says lang="de"
 * around an English article, a German article on a page declared "en"): figures read numbers in the text's
 * language, entities keep only known names in German text.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'it', 'this', 'by', 'from', 'which', 'have', 'has']);

/** German function words English does not share. */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(['der', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'von', 'zu', 'den', 'dem', 'ein', 'eine', 'einer', 'auch', 'sich', 'werden', 'wird', 'sind', 'auf', 'oder', 'bei', 'wir', 'sie', 'ihre']);

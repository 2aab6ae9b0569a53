/**
 * Web mirrors that teach reading print a pinyin gloss after characters (區(qū), 產(chǎn)): debris between the
 * characters of a word or a figure's unit. They are dropped before anything reads the text.
 */

// A syllable of pinyin: lowercase letters with at least one tone-marked vowel.
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
// (a text layer may space the gloss's letters out: 術( s h ù))
// (…and break it onto the next line: 區\n\n(qū), (sh\n\ní))
const GLOSS =
  /([\u3400-\u9fff\uf900-\ufaff])\s*[(（]\s*((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]\s*){1,7})[)）]/g;
// Neutral-tone syllables carry no mark (個(ge)); they are glosses only on a page that glosses others.
const MIN_TONED_ON_PAGE = 3;

/** The text without the pinyin glosses written after its characters; the text itself when it has none. */
export function stripGlosses(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  let toned = 0;
  for (const m of text.matchAll(GLOSS)) if (TONED.test(m[2]!)) toned++;
  if (toned === 0) return text;
  const all = toned >= MIN_TONED_ON_PAGE;
  return text.replace(GLOSS, (whole, ch: string, syllable: string) =>
    all || TONED.test(syllable) ? ch : whole,
  );
}

/**
 * Character classes the reading steps share. Plain code-point tests instead of Unicode regular expressions:
 * they run in linear time over any input, including binary-looking text.
 */

/** A CJK ideograph (unified, extension A, compatibility; astral planes are covered by `isWideChar`). */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A character that takes a full em in Chinese typesetting: ideographs, CJK and full-width punctuation. */
export function isWideChar(code: number): boolean {
  return (
    isCjk(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x2014 ||
    (code >= 0xd800 && code <= 0xdbff)
  );
}

/** ASCII or full-width Latin letter. */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Whitespace as PDF text layers print it: ASCII blanks, no-break space, ideographic space. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);

/** Closing quotes and brackets that may follow a sentence's end (`。”`). */
export function isCloser(ch: string): boolean {
  return CLOSERS.has(ch);
}

/** True when the text ends a sentence: `。`, `！`, `？`, `…`, possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.has(text[i] ?? '') || isSpace(text.charCodeAt(i)))) i--;
  return SENTENCE_END.has(text[i] ?? '');
}

/**
 * Display width of a line in ems: wide characters count 1, everything else (ASCII, digits, spaces) 1/2.
 * Justified spacing therefore still counts, so a justified line measures as wide as its column.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += isWideChar(text.charCodeAt(i)) ? 1 : 0.5;
  return w;
}

/** Strips every kind of whitespace from both ends. */
export function trimSpace(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** Splits on runs of whitespace, dropping empty pieces (linear, no regular expression). */
export function splitOnSpace(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (space) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/** True when every character is a CJK ideograph. */
export function allCjk(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return true;
}

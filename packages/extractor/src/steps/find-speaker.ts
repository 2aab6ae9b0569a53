/**
 * Who speaks a quote (“…”普达特…董事长刘二壮说, 该企业总经理陆忠建表示：“…”): what a figure inside it is
 * about when the quote names no subject of its own.
 */
import { speakerSubject, type SubjectGuess } from './attribute-subject.js';
import { type ArticleText } from './indicator-draft.js';
import { type QuoteSpan } from './split-sentences.js';

const SPEECH_VERBS = ['表示', '介绍', '指出', '透露', '坦言', '告诉记者', '说', '称'];

/**
 * The speaker of speech quote `q` as a subject, null when none is found; found once per quote (the first
 * time, with the company last named then) and kept in `article.speakers`.
 */
export function findSpeaker(
  article: ArticleText,
  q: QuoteSpan,
  lastCompany: string | null,
): SubjectGuess | null {
  const { s, mentions, speakers } = article;
  if (speakers.has(q.start)) return speakers.get(q.start) ?? null;
  let result: SubjectGuess | null = null;
  // “…”普达特…董事长刘二壮说: the speaker follows the quote
  let stop = q.end;
  while (stop < s.length && stop - q.end < 50 && !'。！？\n“'.includes(s[stop]!)) stop++;
  const after = s.slice(q.end, stop);
  let vp = -1;
  for (const v of SPEECH_VERBS) {
    const p = after.indexOf(v);
    if (p >= 0 && (vp < 0 || p < vp)) vp = p;
  }
  if (vp > 0) result = speakerSubject(after.slice(0, vp), mentions, q.end, lastCompany);
  else {
    // 该企业总经理陆忠建表示：“…”: the speaker precedes it
    let a = q.start;
    while (a > 0 && q.start - a < 50 && !'。！？\n”'.includes(s[a - 1]!)) a--;
    const before = s.slice(a, q.start).replace(/[：:，\s]+$/, '');
    for (const v of SPEECH_VERBS) {
      if (before.endsWith(v) && before.length > v.length) {
        result = speakerSubject(before.slice(0, -v.length), mentions, a, lastCompany);
        break;
      }
    }
  }
  speakers.set(q.start, result);
  return result;
}

/**
 * 一二三产分别实现增加值a、b和c / 第一产业、第二产业和第三产业增加值分别为a、b和c: a park's report gives its
 * value added by the three sectors in one list. Each figure is the park's figure of that sector (第一产业增加值),
 * as a sector written alone is (其中第一产业增加值…).
 */
import { metricWordIn } from './attribute-subject.js';

/** The sectors named by ordinals before the figures' metric (一二三产, 第一、二、三产业, 二、三产业). */
const SECTORS_BEFORE =
  /((?:第?[一二三](?:产业|产)?[、，,和及与]?){2,3})(?:次)?(?:产业|产)?(?:分别)?(?:实现|完成|为)?$/;
/** The same written at a label's head, the shared metric after it. */
const SECTORS_HEAD = /^((?:第?[一二三](?:产业|产)?(?:、|和|及|与|以及)?){2,3})(?:次)?(?:产业|产)?(.+)$/;

function ordinals(words: string, n: number): string[] | null {
  if (!words.includes('产') && !/[一二三]产/.test(words)) return null;
  const os = words.match(/[一二三]/g);
  if (!os || os.length !== n || new Set(os).size !== n) return null;
  return os.map((o) => `第${o}产业`);
}

/**
 * The labels of a list of `n` figures that are the three sectors' (第一产业增加值, 第二产业增加值…), from the
 * words before the figures (`before`: the label, and the sectors before it) or the label's own head; null
 * when no sectors are named.
 */
export function sectorLabels(before: string, label: string, n: number): string[] | null {
  if (n < 2 || n > 3) return null;
  const head = SECTORS_HEAD.exec(label);
  if (head && metricWordIn(head[2]!) && !metricWordIn(head[1]!)) {
    const names = ordinals(head[1]!, n);
    // (分别实现增加值: the verb between is no part of the metric)
    if (names) return names.map((x) => x + head[2]!.replace(/^(分别)?(实现|完成|为)?/, ''));
  }
  if (!metricWordIn(label)) return null;
  // (the words before the figures end with the label: what names the sectors stands before it)
  const lead = before.replace(/[为是达 ]+$/, '');
  const m = SECTORS_BEFORE.exec(lead.endsWith(label) ? lead.slice(0, -label.length) : lead);
  const names = m && /产/.test(m[0]) ? ordinals(m[1]!, n) : null;
  return names ? names.map((x) => x + label.replace(/^(分别)?(实现|完成|为)?/, '')) : null;
}

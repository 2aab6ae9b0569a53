/**
 * A park's own report calls itself only 全区, 我区, 本区 or by its kind (高新区, 经开区) with no place: that
 * park is still the article's park, named as written — or by the name the caller gives (`Issue.park`) —
 * and never left out, so that its figures are a park's and not `other`.
 */
import type { Park } from '@parkbrief/domain';
import { findParkMentions, parkForMention, parkIdForName, type ParkMention } from './find-parks.js';
import { foldTraditional } from './fold-traditional.js';

// Self-references a park's own text uses (我区 …): the last resort for its written name.
const SELF_WORDS = new Set(['全区', '我区', '本区', '该区']);
// Bare kinds that are a generic name, most specific first (园区 is any park; 片区 a free-trade area).
const KIND_WORDS = [
  '高新技术产业开发区',
  '高新区',
  '经济技术开发区',
  '经开区',
  '经济开发区',
  '开发区',
  '综保区',
  '保税区',
  '自贸区',
  '示范区',
  '新区',
  '新城',
  '片区',
  // (a county's 工业园区 calls itself so in its title and 园区 after: the fuller word names it better)
  '工业园区',
  '产业园区',
  '园区',
];

/** A park known only by a generic name as written (高新区, 我区): unregistered, no place. */
export function genericPark(printed: string): Park {
  const name = foldTraditional(printed);
  return {
    id: parkIdForName(name),
    name,
    shortName: name,
    aliases: name === printed ? [] : [printed],
    province: null,
    city: null,
    level: 'other',
    registered: false,
  };
}

/**
 * The park a caller names (`--park 郑州高新技术产业开发区`): the registry's row or a park recognised by its form
 * when the name is one, else a park of that name.
 */
export function parkForName(name: string): Park {
  const trimmed = name.trim();
  const whole = findParkMentions(trimmed).find(
    (m) =>
      (m.kind === 'registered' || m.kind === 'unregistered') && m.start === 0 && m.end === trimmed.length,
  );
  return (whole && parkForMention(whole)) ?? genericPark(trimmed);
}

/** The generic name an article calls its own park by, from its anaphors; null when it uses none. */
export function selfName(mentions: readonly ParkMention[]): string | null {
  let self: string | null = null;
  let bestKind = KIND_WORDS.length;
  let kindPrinted: string | null = null;
  for (const m of mentions) {
    if (m.kind !== 'anaphor') continue;
    const word = foldTraditional(m.text);
    const k = KIND_WORDS.indexOf(word);
    if (k >= 0 && k < bestKind) {
      bestKind = k;
      kindPrinted = m.text;
    } else if (k < 0 && self === null && SELF_WORDS.has(word)) self = m.text;
  }
  return kindPrinted ?? self;
}

/** Does the article speak of its own park as 我区/本区 (a park's own voice)? */
function speaksAsPark(mentions: readonly ParkMention[]): boolean {
  return mentions.some((m) => m.kind === 'anaphor' && /^[我本]区$/.test(foldTraditional(m.text)));
}

/**
 * The parks of an article with its own park in front when the text names it only generically: the caller's
 * `issuePark` when given (and the article has no park of its own, or speaks as a park: 我区), else a park
 * named by the generic word the article uses, when it names no park at all.
 */
export function nameSelfPark(
  parks: readonly Park[],
  mentions: readonly ParkMention[],
  issuePark: Park | null,
): Park[] {
  if (issuePark && (parks.length === 0 || speaksAsPark(mentions) || parks.some((p) => p.id === issuePark.id)))
    return [issuePark, ...parks.filter((p) => p.id !== issuePark.id)];
  if (parks.length > 0) {
    const own = ownKindUnnamed(parks, mentions);
    return own ? [genericPark(own), ...parks] : [...parks];
  }
  const name = selfName(mentions);
  return name ? [genericPark(name)] : [];
}

/**
 * 保税区各项工作稳中有进…融入某新区开放大局: an article that speaks of a park by its kind alone
 * (保税区), more often than it names any park, while none of the parks it names is of that kind, is about a
 * park it never names in full: that park, named as written. Null when the article's kind word is one of its
 * parks' (新区 of 两江新区) or it names parks as often.
 */
function ownKindUnnamed(parks: readonly Park[], mentions: readonly ParkMention[]): string | null {
  const name = selfName(mentions);
  if (name === null) return null;
  const kind = foldTraditional(name);
  if (!KIND_WORDS.includes(kind) || kind.endsWith('园区') || kind === '片区') return null;
  if (parks.some((p) => [p.name, p.shortName, ...p.aliases].some((n) => foldTraditional(n).endsWith(kind))))
    return null;
  let said = 0;
  let named = 0;
  for (const m of mentions) {
    if (m.kind === 'anaphor' && foldTraditional(m.text) === kind) said++;
    else if (m.kind === 'registered' || m.kind === 'unregistered') named++;
  }
  return said >= 2 && said > named ? name : null;
}

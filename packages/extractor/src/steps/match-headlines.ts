/**
 * Matching titles and loose photos to the bodies they belong to, by the parks and content words they share
 * (a headline `X高新区：…` goes to the body about X), with a smaller preference for the body a title is
 * printed right above. Then each body becomes an item with its parks, companies and kind.
 */
import type { ArticleKind, Park, Photo } from '@parkbrief/domain';
import { isCjk, isDigit, isLatinLetter } from './classify-chars.js';
import {
  countParks,
  findCompanies,
  findParkMentions,
  parkForMention,
  provincesNamed,
  type CompanyMention,
  type ParkMention,
} from './find-parks.js';
import type { BodyItem, LoosePhoto, PageSegments, TitleGroup } from './segment-page.js';

/** One item of a page, segmented and matched. */
export interface SegmentedItem {
  readonly headline: string | null;
  readonly kicker: string | null;
  readonly byline: string[];
  readonly kind: ArticleKind;
  /** The repaired body text: paragraphs separated by `\n`. */
  readonly text: string;
  readonly photo: Photo | null;
  /** Parks the item is about, most prominent first (headline's park first, then by mentions). */
  readonly parkIds: string[];
  /** Every park mention of headline, kicker and text (offsets into `text` for body mentions, -1 for titles). */
  readonly parkMentions: ParkMention[];
  /** Companies named in the text, as written, in order of first mention. */
  readonly companies: string[];
  /** The parks of `parkIds`, as `Park` records (registry rows or parks recognised by their form). */
  readonly parks: Park[];
}

// Above this many title×body pairs only bodies sharing a park or next to the title are scored.
const FULL_MATCH_LIMIT = 20_000;
const MIN_SCORE = 2.5;
// Above any score words and parks can reach.
const PLACED_SCORE = 1000;
const BRIEF_LENGTH = 150;
const PHOTO_LENGTH = 200;

interface Body {
  readonly item: BodyItem;
  readonly text: string;
  readonly mentions: ParkMention[];
  readonly companies: CompanyMention[];
  /** Parks by mentions, most first. */
  readonly ranked: string[];
  readonly counts: Map<string, { count: number; first: number; mention: ParkMention }>;
  grams: Set<number> | null;
  headline: TitleGroup | null;
  titleIndex: number;
  photo: Photo | null;
}

function isContentChar(code: number): boolean {
  return isCjk(code) || isDigit(code) || isLatinLetter(code);
}

/** Character bigrams of the content characters (ideographs, digits, letters) of a text, as numbers. */
function bigrams(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isContentChar(a) && isContentChar(b)) out.push(a * 0x10000 + b);
  }
  return out;
}

function withoutParks(text: string, mentions: readonly ParkMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start) + ' ';
    at = m.end;
  }
  return out + text.slice(at);
}

function parkIdsOf(mentions: readonly ParkMention[]): string[] {
  return [...countParks(mentions).keys()];
}

function toBody(item: BodyItem): Body {
  const text = item.paragraphs.join('\n');
  const companies = findCompanies(text);
  // A park's name inside a company's name (苏州工业园区某某有限公司) names the company, not the park.
  // Both lists are in text order, so one pass with a moving company index suffices.
  let c = 0;
  const mentions = findParkMentions(text).filter((m) => {
    while (c < companies.length && (companies[c]?.end ?? 0) <= m.start) c++;
    const company = companies[c];
    return !(company && m.start >= company.start && m.end <= company.end);
  });
  const counts = countParks(mentions);
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([id]) => id);
  return {
    item,
    text,
    mentions,
    companies,
    ranked,
    counts,
    grams: null,
    headline: null,
    titleIndex: -1,
    photo: item.photo,
  };
}

// Up to this length a body is searched for each bigram directly; longer ones get a set of their bigrams.
const SEARCH_LIMIT = 20_000;

function contentScore(grams: readonly number[], body: Body): number {
  if (grams.length === 0) return 0;
  let hit = 0;
  if (body.text.length <= SEARCH_LIMIT) {
    for (const g of grams)
      if (body.text.includes(String.fromCharCode(Math.floor(g / 0x10000), g % 0x10000))) hit++;
  } else {
    body.grams ??= new Set(bigrams(body.text));
    for (const g of grams) if (body.grams.has(g)) hit++;
  }
  return (6 * hit) / grams.length;
}

function parkScore(parks: readonly string[], body: Body): number {
  if (parks.length === 0) return 0;
  if (body.ranked[0] !== undefined && parks.includes(body.ranked[0])) return 10;
  if (parks.some((p) => body.counts.has(p))) return 5;
  return body.ranked.length > 0 ? -6 : 0;
}

interface Candidate {
  readonly score: number;
  readonly from: number;
  readonly to: number;
}

/** Scores (source, body) pairs and assigns greedily, best first, each side at most once. */
function assign(
  count: number,
  bodies: readonly Body[],
  candidatesFor: (from: number) => Iterable<number>,
  score: (from: number, to: number) => number,
  taken: (to: number) => boolean,
): Map<number, number> {
  const cands: Candidate[] = [];
  for (let from = 0; from < count; from++) {
    for (const to of candidatesFor(from)) {
      if (taken(to)) continue;
      const s = score(from, to);
      if (s >= MIN_SCORE) cands.push({ score: s, from, to });
    }
  }
  cands.sort((a, b) => b.score - a.score || a.from - b.from || a.to - b.to);
  const result = new Map<number, number>();
  const usedTo = new Set<number>();
  for (const c of cands) {
    if (result.has(c.from) || usedTo.has(c.to) || c.to >= bodies.length) continue;
    result.set(c.from, c.to);
    usedTo.add(c.to);
  }
  return result;
}

const MAX_CANDIDATES = 64;

function candidateBodies(
  bodies: readonly Body[],
  byPark: ReadonlyMap<string, number[]>,
  parks: readonly string[],
  near: number | null,
  total: number,
): Iterable<number> {
  if (total <= FULL_MATCH_LIMIT) return bodies.keys();
  const set = new Set<number>();
  if (near !== null) for (let k = Math.max(0, near - 2); k <= near + 2 && k < bodies.length; k++) set.add(k);
  for (const p of parks) {
    for (const i of byPark.get(p) ?? []) {
      if (set.size >= MAX_CANDIDATES) return set;
      set.add(i);
    }
  }
  return set;
}

function kindOf(body: Body, text: string): ArticleKind {
  const it = body.item;
  if (
    body.photo &&
    !it.dateline &&
    it.byline.length === 0 &&
    (it.hasCaptionSentence || text.length < PHOTO_LENGTH)
  )
    return 'photo';
  if (text.length < BRIEF_LENGTH && body.headline === null && !it.dateline) return 'brief';
  return text.length < BRIEF_LENGTH ? 'brief' : 'news';
}

/** Assigns titles and loose photos to bodies and completes each body into a `SegmentedItem`. */
export function matchHeadlines(segments: PageSegments): SegmentedItem[] {
  const bodies = segments.items.map(toBody);
  const byPark = new Map<string, number[]>();
  bodies.forEach((b, i) => {
    for (const id of b.counts.keys()) {
      const list = byPark.get(id) ?? [];
      list.push(i);
      byPark.set(id, list);
    }
  });
  const titleMentions = segments.titles.map((t) => findParkMentions(t.headline + ' ' + (t.kicker ?? '')));
  const titleParks = titleMentions.map(parkIdsOf);
  const titleGrams = segments.titles.map((t, i) =>
    bigrams(withoutParks(t.headline + ' ' + (t.kicker ?? ''), titleMentions[i] ?? [])),
  );
  const pairs = segments.titles.length * bodies.length;
  // A title naming no park but a region (江苏三家高新区…) is about the body whose parks lie in that region.
  const titleProvinces = segments.titles.map((t, i) =>
    (titleParks[i] ?? []).length === 0 ? provincesNamed(t.headline) : [],
  );
  const bodyProvinces = bodies.map((b) => {
    const out = new Set<string>();
    for (const id of b.ranked.slice(0, 4)) {
      const m = b.counts.get(id)?.mention;
      const province = m ? parkForMention(m)?.province : null;
      if (province) out.add(province);
    }
    return out;
  });

  const titleOf = assign(
    segments.titles.length,
    bodies,
    (t) => candidateBodies(bodies, byPark, titleParks[t] ?? [], segments.titles[t]?.nextItem ?? null, pairs),
    (t, b) => {
      const title = segments.titles[t] as TitleGroup;
      // A title placed by the page's layout belongs to the body below it, whatever the words say.
      if (title.placed === true) return title.nextItem === b ? PLACED_SCORE : -Infinity;
      const body = bodies[b] as Body;
      let s = parkScore(titleParks[t] ?? [], body);
      const provinces = titleProvinces[t] ?? [];
      const inBody = bodyProvinces[b];
      if (provinces.length > 0 && inBody && inBody.size > 0)
        s += [...inBody].every((p) => provinces.includes(p)) ? 4 : -2;
      if (title.nextItem === b) s += title.nextIsDateline ? 5 : 2;
      // A title about another park never wins on shared words alone: skip the costlier content score.
      return s < 0 ? s : s + contentScore(titleGrams[t] ?? [], body);
    },
    () => false,
  );
  for (const [t, b] of titleOf) {
    const body = bodies[b] as Body;
    const title = segments.titles[t] as TitleGroup;
    body.headline = title;
    body.titleIndex = t;
    if (body.item.byline.length === 0 && title.byline.length > 0) body.item.byline = title.byline;
  }

  // Reporters named in a dateline sign the item when no byline is printed with it or its headline.
  for (const body of bodies) if (body.item.byline.length === 0) body.item.byline = [...body.item.reporters];

  const loose: readonly LoosePhoto[] = segments.photos;
  const photoWords = loose.map((p) => `${p.photo.caption ?? ''} ${p.photo.credit ?? ''}`);
  const photoMentions = photoWords.map((w) => findParkMentions(w));
  const photoParks = photoMentions.map(parkIdsOf);
  const photoGrams = photoWords.map((w, i) => bigrams(withoutParks(w, photoMentions[i] ?? [])));
  const photoOf = assign(
    loose.length,
    bodies,
    (p) => candidateBodies(bodies, byPark, photoParks[p] ?? [], null, loose.length * bodies.length),
    (p, b) => {
      const s = parkScore(photoParks[p] ?? [], bodies[b] as Body);
      return s < 0 ? s : s + contentScore(photoGrams[p] ?? [], bodies[b] as Body);
    },
    (b) => bodies[b]?.photo != null,
  );
  for (const [p, b] of photoOf) {
    const body = bodies[b] as Body;
    body.photo = loose[p]?.photo ?? null;
  }

  return bodies.map((body) => {
    const headline = body.headline?.headline ?? null;
    const kicker = body.headline?.kicker ?? null;
    const titleIndex = body.titleIndex;
    const fromTitle = titleIndex >= 0 ? (titleMentions[titleIndex] ?? []) : [];
    const parkMentions = [...fromTitle.map((m) => ({ ...m, start: -1, end: -1 })), ...body.mentions];
    const firstMention = new Map<string, ParkMention>();
    for (const m of parkMentions)
      if (m.parkId && (m.kind === 'registered' || m.kind === 'unregistered') && !firstMention.has(m.parkId))
        firstMention.set(m.parkId, m);
    const parks: Park[] = [];
    for (const id of aboutParks(body, titleIndex >= 0 ? (titleParks[titleIndex] ?? []) : [])) {
      const m = firstMention.get(id);
      const park = m ? parkForMention(m) : null;
      if (park) parks.push(withFormsWritten(park, parkMentions));
    }
    return {
      headline: headline && headline.length > 0 ? headline : null,
      kicker: kicker && kicker.length > 0 ? kicker : null,
      byline: [...body.item.byline],
      kind: kindOf(body, body.text),
      text: body.text,
      photo: body.photo,
      parkIds: parks.map((p) => p.id),
      parkMentions,
      companies: [...new Set(body.companies.map((co) => co.name))],
      parks,
    };
  });
}

/**
 * The park with every other form the item writes it in among its aliases (a short form, 航空港实验区, of the name
 * written first in full), so that each is found as the park when the figures are read.
 */
function withFormsWritten(park: Park, mentions: readonly ParkMention[]): Park {
  const known = new Set([park.name, park.shortName, ...park.aliases]);
  const extra = [
    ...new Set(mentions.filter((m) => m.parkId === park.id && !known.has(m.text)).map((m) => m.text)),
  ];
  return extra.length > 0 ? { ...park, aliases: [...park.aliases, ...extra] } : park;
}

/**
 * The parks an item is about: its headline's parks first, then parks named at least twice or named in its
 * opening, by mentions, then every other park it names (a park named once, late — 这份成绩单来自某经开区 — is
 * still one of its parks).
 */
function aboutParks(body: Body, headlineParks: readonly string[]): string[] {
  const out = new Set<string>(headlineParks);
  const opening = Math.min(body.text.length, 120);
  for (const id of body.ranked) {
    const c = body.counts.get(id);
    if (c && (c.count >= 2 || c.first < opening)) out.add(id);
  }
  // a park named once, late, as an object (加快推进某示范区建设, 对接某高新区) is what the article's park works
  // on, not what it reports on
  for (const id of body.ranked) {
    const m = body.counts.get(id)?.mention;
    if (m && !namedAsObject(body.text, m.start, m.end)) out.add(id);
  }
  return [...out];
}

// Verbs whose object a park's name can be (推进…建设, 对接, 学习…经验).
const OBJECT_VERBS = [
  '推进',
  '推动',
  '加快',
  '打造',
  '建设',
  '对接',
  '融入',
  '借鉴',
  '学习',
  '参观',
  '考察',
  '联合',
  '携手',
  '共建',
  '服务',
  '支持',
  '助力',
  '赴',
  '到',
  '在',
  '与',
  '和',
  '同',
];

function namedAsObject(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (OBJECT_VERBS.some((v) => before.endsWith(v))) return true;
  return /^(建设|合作|交流|考察|学习|经验)/.test(text.slice(end, end + 2));
}

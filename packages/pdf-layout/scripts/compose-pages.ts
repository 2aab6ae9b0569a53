/**
 * How the test pages are composed from the real texts of `../shared/real`: three articles a page, in date
 * order, each with a headline (the text's own title, or one made of its park's name), a byline and sometimes a
 * kicker of our own. Used by the page generator (`make-test-pages.ts`) and by the tests, which rebuild the
 * gold and the text version of each page from `../shared` at run time: the real texts are never copied into
 * the repository, only typeset into the committed PDFs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package's directory. */
export const packageDir = path.resolve(here, '..');
/** Where the generated pages live (PDFs and manifest committed; gold and text versions written on demand). */
export const pagesDir = path.join(packageDir, 'test', 'pages');
/** The real texts (`PARKBRIEF_REAL`, default `../shared/real` beside the repository). */
export const realDir = process.env.PARKBRIEF_REAL ?? path.resolve(packageDir, '../../../shared/real');
/** The sample pages (`PARKBRIEF_SAMPLES`, default `../shared/samples`). */
export const samplesDir =
  process.env.PARKBRIEF_SAMPLES ?? path.resolve(packageDir, '../../../shared/samples');

interface GoldRow {
  subject: string;
  zone: string;
  [key: string]: unknown;
}

/** One real text as the page shows it. */
export interface PageArticle {
  readonly source: string;
  readonly headline: string;
  readonly kicker: string | null;
  readonly byline: string[];
  /** How the byline is printed: under the headline with a role word, or with a mark. */
  readonly bylineStyle: 'role' | 'mark';
  readonly paragraphs: string[];
  readonly park: string;
  readonly date: string;
  readonly gold: GoldRow[];
  readonly photo: { caption: string; credit: string } | null;
}

/** One composed page. */
export interface ComposedPage {
  readonly name: string;
  readonly date: string;
  readonly layout: 0 | 1 | 2;
  readonly articles: PageArticle[];
  /** sha256 of each source text, so a changed `../shared` is noticed. */
  readonly sources: Record<string, string>;
}

// Made-up reporters (no real byline is reproduced) and kickers of our own.
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
];
const GIVEN = [
  '明',
  '海燕',
  '建国',
  '丽',
  '志强',
  '晓峰',
  '静',
  '伟',
  '春华',
  '思源',
  '雪',
  '一鸣',
  '佳',
  '文博',
];
const KICKERS = ['园区经济观察', '稳中求进看园区', '高质量发展进行时', '年中看发展'];

function person(k: number): string {
  return `${SURNAMES[(k * 7) % SURNAMES.length]}${GIVEN[(k * 5) % GIVEN.length]}`;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const norm = (s: string): string => s.replace(/[\s“”"]/g, '');

/** Whether the real texts are there to compose from. */
export function realTextsAvailable(): boolean {
  return existsSync(realDir) && readdirSync(realDir).some((f) => f.endsWith('.gold.json'));
}

/**
 * The pages that are typeset and committed: every other one (21 of the 39 texts), to keep the committed PDFs
 * few and small (each embeds its own font subsets, 150–450 KB a page).
 */
export function typesetPages(): ComposedPage[] {
  return composePages().filter((_, i) => i % 2 === 0);
}

/** Composes every real text into pages of three, in date order. */
export function composePages(): ComposedPage[] {
  const names = readdirSync(realDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  const cases = names.map((name) => {
    const text = readFileSync(path.join(realDir, `${name}.txt`), 'utf8');
    const meta = JSON.parse(readFileSync(path.join(realDir, `${name}.meta.json`), 'utf8')) as {
      title?: string | null;
      zones?: string[];
    };
    const gold = JSON.parse(readFileSync(path.join(realDir, `${name}.gold.json`), 'utf8')) as {
      date: string;
      indicators: GoldRow[];
    };
    return { name, text, meta, gold };
  });
  cases.sort((a, b) => a.gold.date.localeCompare(b.gold.date) || a.name.localeCompare(b.name));
  const pages: ComposedPage[] = [];
  for (let p = 0; p * 3 < cases.length; p++) {
    const chunk = cases.slice(p * 3, p * 3 + 3);
    const articles = chunk.map((c, j): PageArticle => {
      const k = p * 3 + j;
      const zoneRows = c.gold.indicators.filter((r) => r.subject === 'zone').map((r) => r.zone);
      const park =
        mostCommon(zoneRows) ?? mostCommon(c.gold.indicators.map((r) => r.zone)) ?? c.meta.zones?.[0] ?? '';
      const title = c.meta.title?.trim() || null;
      const headline = title ?? `${park}发展观察`;
      const paragraphs = c.text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && (title === null || norm(l) !== norm(title)));
      const byline = k % 4 === 3 ? [person(k), person(k + 11)] : [person(k)];
      return {
        source: c.name,
        headline,
        kicker: k % 3 === 1 ? (KICKERS[k % KICKERS.length] ?? null) : null,
        byline,
        bylineStyle: k % 2 === 0 ? 'role' : 'mark',
        paragraphs,
        park,
        date: c.gold.date,
        gold: c.gold.indicators,
        photo: j === p % 3 ? { caption: '图为园区企业的生产车间。', credit: person(k + 3) } : null,
      };
    });
    const dates = chunk.map((c) => c.gold.date).sort();
    pages.push({
      name: `real-page-${String(p + 1).padStart(2, '0')}`,
      date: dates[Math.floor(dates.length / 2)] ?? dates[0]!,
      layout: (p % 3) as 0 | 1 | 2,
      articles,
      sources: Object.fromEntries(chunk.map((c) => [c.name, sha(c.text)])),
    });
  }
  return pages;
}

/**
 * Characters near the start of a body the scorer finds it by: past a dateline the extractor may cut off, and a
 * run of ideographs only, which survives the dropping of pinyin glosses and spacing.
 */
function startsOf(paragraphs: readonly string[]): string {
  // Pinyin glosses (區(qū)) are web debris a reader skips: not part of what the body starts with.
  const first = (paragraphs[0] ?? '')
    .replace(/\s/g, '')
    .replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/g, '');
  const from = first.length >= 48 ? 30 : 0;
  const run = /[\u4e00-\u9fff]{8,12}/.exec(first.slice(from));
  return run && run.index <= 20 ? run[0] : first.slice(from, from + 12);
}

/** The scorer's gold of a page: every article's rows (`NAME.gold.json`) and its items (`NAME.articles.json`). */
export function goldOf(page: ComposedPage): { gold: unknown; articles: unknown } {
  return {
    gold: {
      date: page.date,
      note: `Composed from ${page.articles.map((a) => a.source).join(', ')}; rows as read for each text (periods resolved at each text's own date).`,
      indicators: page.articles.flatMap((a) => a.gold),
    },
    articles: {
      note: 'Items as typeset on the page (headline, kicker and byline as printed).',
      articles: page.articles.map((a) => ({
        headline: a.headline,
        kicker: a.kicker,
        byline: a.byline,
        parks: a.park ? [a.park] : [],
        kind: 'news',
        starts: startsOf(a.paragraphs),
        photo: a.photo,
      })),
    },
  };
}

/** The same page given as text: each article's kicker, headline, byline, paragraphs and caption, one a line. */
export function textOf(page: ComposedPage): string {
  return page.articles
    .map((a) =>
      [
        ...(a.kicker ? [a.kicker] : []),
        a.headline,
        a.bylineStyle === 'role' ? `本报记者 ${a.byline.join(' ')}` : `■ ${a.byline.join(' ')}`,
        ...a.paragraphs,
        ...(a.photo ? [a.photo.caption, `摄影：${a.photo.credit}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}

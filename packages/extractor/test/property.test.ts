import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueExtractionSchema, type IssueExtraction } from '@parkbrief/domain';
import { extractIssue, repairText, undoubleLine } from '../src/index.js';

const samples =
  process.env.PARKBRIEF_SAMPLES ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');

function extract(text: string): IssueExtraction {
  return extractIssue({
    id: '2023-09-11-prop',
    publication: '导报',
    date: '2023-09-11',
    pages: [{ number: 1, text }],
  });
}

/** The invariants of any extraction: the schema holds and evidence offsets point at the evidence. */
function holds(x: IssueExtraction): boolean {
  if (!IssueExtractionSchema.safeParse(x).success) return false;
  const byId = new Map(x.articles.map((a) => [a.id, a]));
  if (byId.size !== x.articles.length) return false;
  const parks = new Set(x.parks.map((p) => p.id));
  if (!x.articles.every((a) => a.parkIds.every((id) => parks.has(id)))) return false;
  return x.indicators.every(
    (i) => byId.get(i.articleId)?.text.slice(i.evidence.start, i.evidence.end) === i.evidence.text,
  );
}

// Pieces of newspaper pages, so random pages exercise every rule (titles, bylines, credits, parks, figures).
const FRAGMENTS = [
  '本报讯 ',
  '今年上半年，',
  '徐州高新区',
  '衢州智造新城',
  '该高新区',
  '园区',
  '全区',
  '实现产值',
  '31.7亿元',
  '同比增长',
  '18.3%',
  '，',
  '。',
  '、',
  '；',
  '“',
  '”',
  '▶▶ 胡明慧',
  '李琳琳 赵成平',
  ' 王昌梅',
  '图片来源：',
  '图为',
  '徐州高新区徐州高新区：：',
  '1818..33%%',
  '有限公司',
  '集团',
  '（徐州）',
  'OCTO⁃',
  'PUS',
  'Smart ',
  '增 长 ',
  '25.6% ',
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  ' ',
  '　',
  '研究研究',
  '人人',
  '1-7月',
  '前三季度',
  '较去年同期提高4.7个百分点',
  '占全部投资比重的34.5%',
  '近1000万元',
  '超5亿美元',
  '两千万',
  '3亿5千万元',
  '\u0000',
  '\ud800',
  '🙂',
];
const pageLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 300 }).map((parts) => parts.join(''));

describe('extractIssue on any input', () => {
  it('returns a valid extraction for random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => holds(extract(s))),
      { numRuns: 150 },
    );
  });

  it('returns a valid extraction for binary-looking strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => holds(extract(s))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) =>
        holds(extract(new TextDecoder('utf-8', { fatal: false }).decode(bytes))),
      ),
      { numRuns: 100 },
    );
  });

  it('returns a valid extraction for pages made of newspaper pieces', () => {
    fc.assert(
      fc.property(pageLike, (s) => holds(extract(s))),
      { numRuns: 300 },
    );
  });

  it('repairs any text without losing its printed characters', () => {
    fc.assert(
      fc.property(pageLike, (s) => {
        const count = (t: string, ch: string): number => t.split(ch).length - 1;
        const repaired = repairText(s);
        // Doubled lines lose half their glyphs; no other printed character is ever dropped.
        return count(repaired, '。') <= count(s, '。') && (count(s, '。') === 0 || count(repaired, '。') > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('recognises any line printed with doubled runs, at half its length', () => {
    // Some printed lines split into doubled runs in two ways (徐徐1徐徐1徐徐… ); either reading has half the length.
    const run = fc.string({
      unit: fc.constantFrom('徐', '州', '高', '：', '1', '.', '%', 'A'),
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(run, { minLength: 2, maxLength: 8 }), (runs) => {
        const title = runs.join('');
        const printed = runs.map((r) => r + r).join('');
        return new Set(title).size < 2 || undoubleLine(printed)?.length === title.length;
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back headlines printed the way bold titles are: words, punctuation and digits each doubled', () => {
    const word = fc.constantFrom(
      '徐州高新区',
      '海口高新区',
      '激活发展新动能',
      '上半年工业总产值同比增长',
      '政采贷',
      '力助中小企业跑起来',
      '月经济运行稳中有进',
      '外贸量增质升',
    );
    const mark = fc.constantFrom('：', '“', '”', '%', '.', '-', '1', '7', '18', '3');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, mark), { minLength: 2, maxLength: 8 }), (runs) => {
        const title = runs.join('');
        if (new Set(title).size < 2) return true;
        return undoubleLine(runs.map((r) => r + r).join('')) === title;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('extractIssue on very long inputs', () => {
  it('reads 2 MB of newspaper pages', { timeout: 300_000 }, () => {
    const page = readFileSync(join(samples, 'page-2023-09-11.txt'), 'utf8');
    const text = page.repeat(Math.ceil(2_000_000 / page.length));
    const x = extract(text);
    expect(holds(x)).toBe(true);
    expect(x.articles.length).toBeGreaterThan(500);
  });

  it('reads 10 MB of binary-looking text in one page', { timeout: 300_000 }, () => {
    let seed = 7;
    const codes = new Uint16Array(10_000_000);
    for (let i = 0; i < codes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      codes[i] = seed >>> 16;
    }
    const chunks: string[] = [];
    for (let i = 0; i < codes.length; i += 8192)
      chunks.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
    const x = extract(chunks.join(''));
    expect(holds(x)).toBe(true);
  });

  it('reads a 4 MB line of park and company names without a break', { timeout: 300_000 }, () => {
    const x = extract('徐州高新区实现产值有限公司集团新城园区衢州智造新城，'.repeat(160_000));
    expect(holds(x)).toBe(true);
    // 徐州高新区 is read inside a company's name here (…有限公司), so only the new town counts as a park.
    expect(x.parks.map((p) => p.shortName)).toEqual(['衢州智造新城']);
  });
});

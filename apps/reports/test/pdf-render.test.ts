import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EMPTY_PARK_ID, FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import { DEFAULT_BRAND_PATH } from '../src/pdf/brand.js';
import { notoSansScFiles } from '../src/pdf/fonts.js';
import { formatChange, formatQuantity } from '../src/pdf/format.js';
import { renderBriefing } from '../src/pdf/render.js';
import { readPdf, type PdfText } from '@parkbrief/testkit';

const extraction = fixtureExtraction();
const park = extraction.parks.find((p) => p.id === FIXTURE_PARK_ID)!;
const generatedAt = new Date('2024-07-22T02:30:00Z');

describe('renderBriefing', () => {
  let pdf: Uint8Array;
  let pages: number;
  let read: PdfText;

  beforeAll(async () => {
    ({ pdf, pages } = await renderBriefing(extraction, FIXTURE_PARK_ID, { generatedAt }));
    read = await readPdf(pdf);
  }, 120_000);

  it('gives back the park’s names, a headline and a figure exactly in the text layer', () => {
    const flat = read.text.replace(/\n/g, '');
    expect(read.text).toContain(park.shortName);
    expect(read.text).toContain(park.name);
    const headline = extraction.articles.find((a) => a.parkIds.includes(FIXTURE_PARK_ID))!.headline!;
    expect(read.text).toContain(headline);
    const output = extraction.indicators.find((i) => i.metric === 'industrial_output_above_scale')!;
    expect(read.text).toContain(formatQuantity(output.value!));
    expect(read.text).toContain(output.value!.text);
    expect(read.text).toContain(formatChange(output.change!));
    const trade = extraction.indicators.find((i) => i.metric === 'foreign_trade')!;
    expect(read.text).toContain(formatChange(trade.change!));
    // A body sentence comes back whole once the line breaks are joined.
    expect(flat).toContain(output.evidence.text);
  });

  it('draws no hyphen at a line break', () => {
    const withHyphen = read.lines.filter((l) => /-$/.test(l.text));
    expect(withHyphen).toEqual([]);
    // The source text has no hyphen at all outside dates, so none may appear between CJK characters.
    expect(read.text).not.toMatch(/\p{Script=Han}-\p{Script=Han}/u);
  });

  it('breaks body lines by the Chinese rules', () => {
    const body = read.lines.filter((l) => l.text.length > 8);
    expect(body.length).toBeGreaterThan(10);
    for (const line of body) {
      expect(line.text, line.text).not.toMatch(/^[，。、；：！？）」』%]/);
      expect(line.text, line.text).not.toMatch(/[（「『]$/);
    }
  });

  it('counts its pages and prints 第 X 页 / 共 Y 页 on each', () => {
    expect(pages).toBe(read.pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) expect(read.text.replace(/\s/g, '')).toContain(`第${p}页/共${pages}页`);
    expect(read.text).toContain('生成于 2024-07-22 10:30');
  });

  it('embeds the font as subset TrueType', () => {
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(pdf.byteLength).toBeLessThan(300_000);
  });

  it('carries title, author, subject and language', () => {
    expect(read.info.Title).toContain(park.shortName);
    expect(read.info.Author).toBe('园区观察');
    expect(read.info.Subject).toContain(park.name);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (zh-CN)');
  });
});

describe('renderBriefing of a park without figures', () => {
  it('renders a clean briefing of its articles', async () => {
    const { pdf, pages } = await renderBriefing(extraction, FIXTURE_EMPTY_PARK_ID, { generatedAt });
    const read = await readPdf(pdf);
    expect(pages).toBe(1);
    const article = extraction.articles.find((a) => a.parkIds.includes(FIXTURE_EMPTY_PARK_ID))!;
    expect(read.text.replace(/\n/g, '')).toContain(article.headline!);
    expect(read.text).not.toContain('关键指标');
    expect(read.text).toContain('未载明该园区的经济指标');
  }, 120_000);
});

describe('renderBriefing with another brand', () => {
  it('takes name, footer and logo from a brand config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkbrief-brand-'));
    copyFileSync(join(DEFAULT_BRAND_PATH, '..', 'logo.svg'), join(dir, 'mark.svg'));
    const brandPath = join(dir, 'brand.json');
    writeFileSync(
      brandPath,
      JSON.stringify({
        name: '测试品牌',
        logo: 'mark.svg',
        colors: { primary: '#123456', accent: '#abcdef' },
        footer: '测试页脚文字',
      }),
    );
    const { pdf } = await renderBriefing(extraction, FIXTURE_PARK_ID, { brandPath, generatedAt });
    const read = await readPdf(pdf);
    expect(read.info.Author).toBe('测试品牌');
    expect(read.text).toContain('测试页脚文字');
  }, 120_000);

  it('draws a PNG logo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkbrief-brand-'));
    const png = join(notoSansScFiles().regular + '.png'); // the font package ships a PNG specimen
    copyFileSync(png, join(dir, 'logo.png'));
    const brandPath = join(dir, 'brand.json');
    writeFileSync(
      brandPath,
      JSON.stringify({
        name: '图片品牌',
        logo: 'logo.png',
        colors: { primary: '#333333', accent: '#999999' },
        footer: '页脚',
      }),
    );
    const { pdf } = await renderBriefing(extraction, FIXTURE_PARK_ID, { brandPath, generatedAt });
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Subtype \/Image/);
  }, 120_000);

  it('rejects a brand file that does not exist', async () => {
    await expect(
      renderBriefing(extraction, FIXTURE_PARK_ID, { brandPath: '/nonexistent/brand.json' }),
    ).rejects.toThrow(/brand config/);
  });
});

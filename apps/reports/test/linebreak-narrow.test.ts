import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../src/pdf/fonts.js';
import { registerFonts } from '../src/pdf/register-fonts.js';
import { NO_LINE_END, NO_LINE_START } from '../src/pdf/linebreak.js';
import { readPdf, type PdfLine } from '@parkbrief/testkit';

// Paragraphs crafted so that a naive per-character break would put ，。% ） at line starts and （“ at ends.
const PARAGRAPHS = [
  '园区实现营业收入1,234.56亿元，同比增长18.3%，占全市比重61.67%，高于全省平均水平3.6个百分点。',
  '其中，高新技术企业（含“专精特新”企业）达到256家；规模以上工业增加值增长12%，R&D经费投入强度达到4.5%。',
  '“十四五”以来，园区累计引进iPhone配套企业12家、GDP贡献率超过30%——成绩来之不易……未来可期！',
  '上半年，园区工业投资、技改投资、民间投资分别增长25.1%、33.3%、8.8%，“政采贷”融资金额1.2亿元。',
];

async function renderColumn(width: number): Promise<readonly PdfLine[]> {
  registerFonts();
  const doc = h(
    Document,
    null,
    h(
      Page,
      { size: 'A4', style: { fontFamily: FONT_FAMILY, fontSize: 10, padding: 40 } },
      h(
        View,
        { style: { width } },
        ...PARAGRAPHS.map((p, i) => h(Text, { key: i, style: { marginBottom: 10 } }, p)),
      ),
    ),
  );
  const pdf = await renderToBuffer(doc);
  return (await readPdf(new Uint8Array(pdf))).lines;
}

describe('a rendered narrow column', () => {
  const widths = [61, 97, 133];
  const results = new Map<number, readonly PdfLine[]>();

  beforeAll(async () => {
    for (const w of widths) results.set(w, await renderColumn(w));
  }, 120_000);

  it.each(widths)(
    'at %i pt, no line starts with closing punctuation or % and none ends with an opening one',
    (w) => {
      const lines = results.get(w)!;
      expect(lines.length).toBeGreaterThan(PARAGRAPHS.length * 2);
      for (const line of lines) {
        const first = Array.from(line.text)[0]!;
        const last = Array.from(line.text).at(-1)!;
        expect(NO_LINE_START.has(first), `line starts with ${first}: ${line.text}`).toBe(false);
        expect(NO_LINE_END.has(last), `line ends with ${last}: ${line.text}`).toBe(false);
      }
    },
  );

  it.each(widths)('at %i pt, draws no hyphen and loses or adds no character', (w) => {
    const lines = results.get(w)!;
    expect(lines.filter((l) => l.text.endsWith('-'))).toEqual([]);
    expect(lines.map((l) => l.text).join('')).toBe(PARAGRAPHS.join(''));
  });

  it.each(widths)('at %i pt, never splits a number, percentage or Latin word', (w) => {
    const lines = results.get(w)!.map((l) => l.text);
    for (const token of ['1,234.56', '18.3%', '61.67%', 'iPhone', 'GDP', 'R&D', '25.1%', '33.3%']) {
      expect(
        lines.some((l) => l.includes(token)),
        `${token} split across lines: ${lines.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('keeps every line inside the column', () => {
    for (const w of widths)
      for (const line of results.get(w)!) {
        expect(line.x).toBeGreaterThanOrEqual(39.5);
        expect(line.right, line.text).toBeLessThanOrEqual(40 + w + 0.5);
      }
  });
});

import { describe, expect, it } from 'vitest';
import {
  createHyphenationCallback,
  lineBreakOpportunities,
  NO_LINE_END,
  NO_LINE_START,
  splitAtBreaks,
} from '../src/pdf/linebreak.js';

const cut = (text: string) => splitAtBreaks(text);

describe('lineBreakOpportunities', () => {
  it('breaks Chinese text between characters', () => {
    expect(cut('园区经济')).toEqual(['园', '区', '经', '济']);
  });

  it('never starts a line with closing punctuation or a percent sign', () => {
    const text = '增长18.3%，占比12.5％。其中（一）“十四五”期间：完成了！真的？好、是；对）」』】》';
    for (const pos of lineBreakOpportunities(text)) {
      expect(NO_LINE_START.has(text[pos]!), `break before ${text[pos]} at ${pos}`).toBe(false);
    }
  });

  it('never ends a line with an opening bracket or quote', () => {
    const text = '园区（高新区）发布「规划」与『方案』及“政采贷”【通知】《办法》';
    for (const pos of lineBreakOpportunities(text)) {
      expect(NO_LINE_END.has(text[pos - 1]!), `break after ${text[pos - 1]} at ${pos}`).toBe(false);
    }
  });

  it('keeps numbers, percentages and Latin words whole', () => {
    const parts = cut('营收1,234.56亿元同比增长18.3%和-2.5个百分点，GDP与iPhone及R&D经费3.6倍');
    for (const token of ['1,234.56', '18.3%', '2.5', 'GDP', 'iPhone', '3.6']) {
      expect(
        parts.some((p) => p.includes(token)),
        `${token} whole in ${parts.join('|')}`,
      ).toBe(true);
    }
    expect(parts).toContain('18.3%');
  });

  it('allows breaks around Chinese quotes like around ideographs', () => {
    const text = '推出“政采贷”产品';
    const positions = lineBreakOpportunities(text);
    expect(positions).toContain(text.indexOf('“'));
    expect(positions).toContain(text.indexOf('”') + 1);
    expect(positions).not.toContain(text.indexOf('“') + 1);
    expect(positions).not.toContain(text.indexOf('”'));
  });

  it('keeps a doubled dash or ellipsis together', () => {
    const text = '发展——创新……未来';
    const parts = cut(text);
    expect(parts.join('')).toBe(text);
    expect(parts.some((p) => p.includes('——'))).toBe(true);
    expect(parts.some((p) => p.includes('……'))).toBe(true);
  });

  it('returns offsets strictly inside the text, ascending, and loses no character', () => {
    const text = '1-7月，园区实现工业总产值238.6亿元。';
    const positions = lineBreakOpportunities(text);
    expect(positions.every((p) => p > 0 && p < text.length)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(cut(text).join('')).toBe(text);
  });
});

describe('createHyphenationCallback', () => {
  it('puts an empty part between breakable parts, which textkit breaks at without a hyphen', () => {
    const cb = createHyphenationCallback();
    expect(cb('增长18.3%，好的')).toEqual(['增', '', '长', '', '18.3%，', '', '好的']);
  });

  it('never leaves a word’s last character alone at the start of a line', () => {
    const cb = createHyphenationCallback();
    const parts = cb('江苏某储能科技有限公司');
    expect(parts.at(-1)).toBe('公司');
    expect(parts.join('')).toBe('江苏某储能科技有限公司');
    expect(createHyphenationCallback()('好的')).toEqual(['好的']);
  });

  it('never splits a Latin word or number', () => {
    const cb = createHyphenationCallback();
    expect(cb('hyphenation')).toEqual(['hyphenation']);
    expect(cb('1234567.89')).toEqual(['1234567.89']);
  });

  it('allows a break at a script boundary unless the kinsoku rules forbid it', () => {
    const cb = createHyphenationCallback();
    cb('营收');
    expect(cb('GDP')[0]).toBe('');
    cb('增长（');
    expect(cb('GDP')[0]).toBe('GDP');
    cb('GDP');
    expect(cb('，增长')[0]).toBe('，');
  });

  it('cuts an unbreakable run longer than a line rather than let it overflow', () => {
    const cb = createHyphenationCallback();
    const url = 'https://example.com/a-very-long-path/with/many/segments/and/more';
    const parts = cb(url).filter((p) => p !== '');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(url);
  });
});

describe('createHyphenationCallback in react-pdf', () => {
  it('starts every Text block afresh: the last character of another block allows no break before it', async () => {
    const { Document, Page, Text, renderToBuffer } = await import('@react-pdf/renderer');
    const { createElement } = await import('react');
    const { registerFonts } = await import('../src/pdf/register-fonts.js');
    const { FONT_FAMILY } = await import('../src/pdf/fonts.js');
    registerFonts();
    // One callback for the whole document, as `Font.registerHyphenationCallback` installs it; what it answers
    // for each word is recorded.
    const callback = createHyphenationCallback();
    const answers: { word: string; parts: string[] }[] = [];
    // textkit passes its built-in hyphenator as a second argument, which react-pdf's types leave out.
    const hyphenationCallback = (word: string, fallback?: (w: string) => string[]) => {
      const parts = callback(word, fallback);
      answers.push({ word, parts });
      return parts;
    };
    const style = { fontFamily: FONT_FAMILY, fontSize: 10, width: 200 };
    const text = (content: string) => createElement(Text, { style, hyphenationCallback }, content);
    // The first block ends with an ideograph, which would allow a break before a Latin word following it in
    // the same run of text; the second block starts with one.
    await renderToBuffer(
      createElement(
        Document,
        null,
        createElement(Page, { size: 'A4' }, text('园区营收增长'), text('GDP总量居全省第一')),
      ),
    );
    const gdp = answers.filter((a) => a.word === 'GDP');
    expect(gdp.length).toBeGreaterThan(0);
    // A leading '' would be a break opportunity before the block's first character (an empty first line).
    for (const a of gdp) expect(a.parts).toEqual(['GDP']);
  }, 60_000);
});

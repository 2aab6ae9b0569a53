import { describe, expect, it } from 'vitest';
import { normalizeForParsing, parseChineseNumber, readNumeral } from '../src/indicators.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一百二十', '120'],
    ['十二', '12'],
    ['十', '10'],
    ['两千万', '20000000'],
    ['3亿5千万', '350000000'],
    ['1.2万亿', '1200000000000'],
    ['1,234.5', '1234.5'],
    ['２３８．６', '238.6'],
    ['四千零五', '4005'],
    ['5千', '5000'],
    ['0.001', '0.001'],
    ['238.6', '238.6'],
  ])('%s → %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '亿', '元', 'abc', '十余', '3家'])('%s is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('readNumeral', () => {
  it('keeps the largest magnitude apart, as the unit will carry it', () => {
    const m = readNumeral('3亿5千万元', 0)!;
    expect(m.coefficient).toBe('3.5');
    expect(m.magnitude).toBe('亿');
    expect(m.end).toBe(5);
  });

  it('reads 余/多 inside the numeral as a lower bound', () => {
    expect(readNumeral('800余万元', 0)).toMatchObject({ coefficient: '800', magnitude: '万', over: true });
    expect(readNumeral('十余家', 0)).toMatchObject({ value: '10', over: true, bare: false });
  });

  it('marks a lone Chinese digit as bare', () => {
    expect(readNumeral('一家', 0)?.bare).toBe(true);
    expect(readNumeral('两千', 0)?.bare).toBe(false);
  });

  it('stops after 40 characters', () => {
    const m = readNumeral('1'.repeat(100), 0)!;
    expect(m.end).toBeLessThanOrEqual(40);
  });
});

describe('normalizeForParsing', () => {
  it('folds full-width digits and keeps the length', () => {
    const t = '增长１８．３％，占比';
    const n = normalizeForParsing(t);
    expect(n).toBe('增长18.3%，占比');
    expect(n.length).toBe(t.length);
  });
});

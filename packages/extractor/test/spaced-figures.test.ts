/**
 * Figures as web pages of parks' statistics set them: a space between the digits and 亿/万, and the amount
 * written right after GDP. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantity, readNumeral } from '../src/indicators.js';
import { run } from './indicator-helpers.js';

describe('spaced figures', () => {
  it('reads a space between the digits and their magnitude', () => {
    expect(parseQuantity('3518.6 亿元')).toMatchObject({ amount: 3518.6, unit: '亿元' });
    expect(parseQuantity('47 万美元')).toMatchObject({ amount: 47, unit: '万美元' });
    // (two numbers set apart stay two numbers)
    expect(readNumeral('2021 2022', 0)?.end).toBe(4);
  });

  it('reads the rows of a spaced list', () => {
    const rows = run(
      '2019年，全区实现 GDP415 亿元，同比增长 3.4%；营业收入 1286.2 亿元，同比下降 2.7%；实缴税金 96 亿元，同比增长 0.8%。',
      [],
      [],
      '2020-03-10',
    );
    expect(rows.map((r) => [r.label, r.value?.amount, r.value?.unit, r.change?.value])).toEqual([
      ['GDP', 415, '亿元', 3.4],
      ['营业收入', 1286.2, '亿元', -2.7],
      ['实缴税金', 96, '亿元', 0.8],
    ]);
  });

  it('leaves another place’s GDP used as a yardstick unread', () => {
    const rows = run('园区去年的产值与临澜市2005年的GDP388亿元相当。', []);
    expect(rows.some((r) => r.value?.amount === 388)).toBe(false);
  });

  it('keeps Latin letters before digits a word (5G, A1)', () => {
    expect(parseQuantity('A1亿元')).toBeNull();
    expect(run('建成5G基站320个。', []).some((r) => r.value?.amount === 5)).toBe(false);
  });
});

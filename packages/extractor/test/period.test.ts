import { describe, expect, it } from 'vitest';
import { findPeriods, resolvePeriod } from '../src/indicators.js';

const D = '2023-09-11';

describe('resolvePeriod', () => {
  it.each([
    ['上半年', '2023-01', '2023-06'],
    ['今年上半年', '2023-01', '2023-06'],
    ['一季度', '2023-01', '2023-03'],
    ['二季度', '2023-04', '2023-06'],
    ['前三季度', '2023-01', '2023-09'],
    ['下半年', '2023-07', '2023-12'],
    ['1-7月', '2023-01', '2023-07'],
    ['1至8月', '2023-01', '2023-08'],
    ['1—7月', '2023-01', '2023-07'],
    ['一至五月', '2023-01', '2023-05'],
    ['今年以来', '2023-01', '2023-08'],
    ['年初以来', '2023-01', '2023-08'],
    ['截至目前', '2023-08', '2023-08'],
    ['截至6月底', '2023-06', '2023-06'],
    ['截至2022年底', '2022-12', '2022-12'],
    ['去年', '2022-01', '2022-12'],
    ['全年', '2023-01', '2023-12'],
    ['2021年', '2021-01', '2021-12'],
    ['2022年上半年', '2022-01', '2022-06'],
    ['8月份', '2023-08', '2023-08'],
    ['今年7月', '2023-07', '2023-07'],
    ['去年12月', '2022-12', '2022-12'],
    ['去年年底', '2022-12', '2022-12'],
  ])('%s at 2023-09-11 → %s..%s', (label, start, end) => {
    expect(resolvePeriod(label, D)).toEqual({ label, start, end });
  });

  it('前三季度 printed before the quarter ends is last year’s', () => {
    expect(resolvePeriod('前三季度', '2023-08-02')).toEqual({
      label: '前三季度',
      start: '2022-01',
      end: '2022-09',
    });
  });

  it('1-11月 printed in January is last year’s', () => {
    expect(resolvePeriod('1-11月', '2024-01-15')).toMatchObject({ start: '2023-01', end: '2023-11' });
  });

  it('今年以来 in January covers January', () => {
    expect(resolvePeriod('今年以来', '2024-01-20')).toMatchObject({ start: '2024-01', end: '2024-01' });
  });

  it('当年 is the year last named', () => {
    expect(resolvePeriod('当年', D, 2021)).toMatchObject({ start: '2021-01', end: '2021-12' });
    expect(resolvePeriod('当年', D)).toMatchObject({ start: '2023-01', end: '2023-12' });
  });

  it.each(['8月8日', '10年来', '6个月', '30微米', '', '比去年同期'])('%s is not a period', (t) => {
    expect(resolvePeriod(t, D)).toBeNull();
  });
});

describe('findPeriods', () => {
  it('finds periods, marks dates as no period and 比去年同期 as a basis', () => {
    const s = '2021年投产，当年实现销售额1.02亿元；8月8日出货，上半年销售收入比去年同期增长37%';
    const found = findPeriods(s, 0, s.length, { issueDate: D });
    expect(found.map((p) => [p.label, p.period?.start ?? null, p.basis])).toEqual([
      ['2021年', '2021-01', false],
      ['当年', '2021-01', false],
      ['8月8日', null, false],
      ['上半年', '2023-01', false],
      ['去年同期', null, true],
    ]);
    for (const p of found) expect(s.slice(p.start, p.end)).toBe(p.label);
  });
});

describe('dates and events are not periods', () => {
  it.each([
    ['该项目将于9月投产', '9月'],
    ['预计明年建成', '明年'],
    ['生产线计划11月试产', '11月'],
    ['2023年8月8日举行签约', '2023年8月8日'],
  ])('%s: %s has no period', (s, label) => {
    const found = findPeriods(s, 0, s.length, { issueDate: D });
    expect(found.map((p) => [p.label, p.period])).toEqual([[label, null]]);
  });

  it.each(['2024年第一批', '2023年首届'])('%s names a batch: no period at all', (s) => {
    expect(findPeriods(s, 0, s.length, { issueDate: D })).toEqual([]);
  });

  it.each([
    ['增速较上半年回落0.6个百分点', '上半年'],
    ['比上年提高1.8个百分点', '上年'],
  ])('%s: %s after 比/较 is a basis', (s, label) => {
    const found = findPeriods(s, 0, s.length, { issueDate: D });
    expect(found.map((p) => [p.label, p.basis, p.period])).toEqual([[label, true, null]]);
  });
});

/**
 * Periods of year-end park reports: a year's estimate written 预计全年, and 1-12月 without a year in a report
 * printed after the year. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';

function rows(text: string, date: string) {
  return extractIssue({ id: 'year-end', publication: '测试', date, pages: [{ number: 1, text }] }).indicators;
}

describe('year-end periods', () => {
  it('reads 预计全年 in a year-end report as the year’s estimate', () => {
    const [a, b] = rows(
      '临澜经开区今年工作汇报\n一年来，临澜经开区预计全年GDP达318亿元，增长6.2%；规上工业产值可达905亿元，增长11.4%。',
      '2021-12-18',
    );
    expect(a?.period).toMatchObject({ start: '2021-01', end: '2021-12' });
    expect(b?.period).toMatchObject({ start: '2021-01', end: '2021-12' });
  });

  it('keeps 预计 before a later month an event, not a period', () => {
    const [a] = rows('临澜经开区新签约项目12个，总投资46亿元，预计明年6月投产。', '2021-07-18');
    expect(a?.period ?? null).toBeNull();
  });

  it('reads 1-12月 without a year in January as the year just ended', () => {
    const [a, b] = rows(
      '一、工业生产\n1-12月份，园区完成工业总产值41.7亿元，同比增长8.6%。园区企业实现利润3.2亿元，同比增长2.1%。',
      '2022-01-20',
    );
    expect(a?.period).toMatchObject({ start: '2021-01', end: '2021-12' });
    expect(b?.period).toMatchObject({ start: '2021-01', end: '2021-12' });
  });

  it('takes the year named before 1-12月 when there is one', () => {
    const rs = rows(
      '2020年，园区经济总体平稳。1-12月份，园区完成工业总产值41.7亿元，同比增长8.6%。',
      '2022-03-02',
    );
    expect(rs[0]?.period).toMatchObject({ start: '2020-01', end: '2020-12' });
  });
});

import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

describe('whole years, month counts and multi-year spans', () => {
  it('全年 in an issue of January to March is the year just ended (annual results)', () => {
    expect(resolvePeriod('全年', '2025-02-10')).toMatchObject({ start: '2024-01', end: '2024-12' });
    expect(resolvePeriod('全年', '2024-03-25')).toMatchObject({ start: '2023-01', end: '2023-12' });
    // later in the year 全年 is this year's (a plan, a forecast)
    expect(resolvePeriod('全年', '2024-06-03')).toMatchObject({ start: '2024-01', end: '2024-12' });
  });

  it('全年 takes the year the article has named', () => {
    expect(resolvePeriod('全年', '2024-06-03', 2022)).toMatchObject({ start: '2022-01', end: '2022-12' });
  });

  it.each([
    ['前10个月', '2024-12-09', '2024-01', '2024-10'],
    ['今年前10个月', '2024-12-09', '2024-01', '2024-10'],
    ['前三个月', '2024-05-06', '2024-01', '2024-03'],
    ['前11个月', '2025-01-13', '2024-01', '2024-11'],
  ])('%s at %s → %s..%s', (label, date, start, end) => {
    expect(resolvePeriod(label, date)).toMatchObject({ start, end });
  });

  it.each([
    ['十四五以来', '2025-03-17', '2021-01', '2024-12'],
    ['“十四五”以来', '2024-10-28', '2021-01', '2024-09'],
    ['近三年', '2025-03-17', '2022-01', '2024-12'],
    ['近五年来', '2024-08-05', '2019-01', '2023-12'],
    // a five-year plan already ended is its five years; years counted back end with the last full year
    ['“十一五”期间', '2011-03-01', '2006-01', '2010-12'],
    ['十二五时期', '2016-05-20', '2011-01', '2015-12'],
    ['十三五以来', '2019-07-01', '2016-01', '2019-06'],
    ['过去五年', '2022-02-26', '2017-01', '2021-12'],
    ['过去的三年', '2023-06-30', '2020-01', '2022-12'],
    ['五年来', '2018-11-02', '2013-01', '2017-12'],
    ['十年来', '2022-09-15', '2012-01', '2021-12'],
    ['2020年以来', '2023-09-11', '2020-01', '2023-08'],
  ])('%s at %s → %s..%s', (label, date, start, end) => {
    expect(resolvePeriod(label, date)).toMatchObject({ start, end });
  });

  it('十月 and 十二月 are still months', () => {
    expect(resolvePeriod('十二月', '2024-12-20')).toMatchObject({ start: '2024-12', end: '2024-12' });
    expect(resolvePeriod('十月份', '2024-12-20')).toMatchObject({ start: '2024-10', end: '2024-10' });
  });

  it('the figures of an annual report in a March issue are last year’s', () => {
    const zj = park('中关村');
    const got = run('中关村示范区全年完成技术合同成交额5000亿元，同比增长8.2%。', [zj], [], '2024-03-04');
    expect(got[0]?.period).toMatchObject({ start: '2023-01', end: '2023-12' });
  });
});

describe('stock figures at one moment', () => {
  it('截至9月末 and 截至目前 give a one-month period, not the carried range', () => {
    const got = run(
      '前三季度，园区营收增长8%。截至9月末，园区高新技术企业总数达到630家。',
      [park('徐州高新区')],
      [],
      '2024-10-28',
    );
    expect(got[1]?.period).toEqual({ label: '截至9月末', start: '2024-09', end: '2024-09' });
  });
});

describe('holidays', () => {
  it.each([
    ['“五一”假期', '2024-07-02', '2024-05'],
    ['五一小长假', '2024-05-06', '2024-05'],
    ['国庆黄金周', '2023-10-09', '2023-10'],
    ['“国庆”假期', '2024-03-01', '2023-10'],
    ['元旦期间', '2024-01-03', '2024-01'],
    ['国庆节期间', '2024-10-08', '2024-10'],
  ])('%s at %s is the month %s', (label, date, month) => {
    expect(resolvePeriod(label, date)).toMatchObject({ start: month, end: month });
  });

  it('needs the holiday’s words: 五一 alone, or 国庆 in 国庆节前, is no period', () => {
    expect(resolvePeriod('五一', '2024-05-06')).toBeNull();
    expect(resolvePeriod('国庆节前', '2024-09-20')).toBeNull();
  });
});

/**
 * A year-end report printed early in the next year that gives its first figures undated and names the year
 * later. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pageRows } from './indicator-helpers.js';

const text = [
  '近日从临澜新区获悉，新区实现地区生产总值412.6亿元，增长7.1%。',
  '2019年，新区规上工业产值比上年增长6.6%，服务业营收增长8.9%。',
].join('\n');

describe('undated figures leading a year-end report', () => {
  it('takes the year the report names next, when it is last year', () => {
    const rows = pageRows(text, '2020-02-14');
    expect(rows.map((r) => [r.period?.start, r.period?.end])).toEqual([
      ['2019-01', '2019-12'],
      ['2019-01', '2019-12'],
      ['2019-01', '2019-12'],
    ]);
  });

  it('leaves them undated in a report printed later in the year', () => {
    const rows = pageRows(text.replace('2019年', '2020年'), '2020-09-14');
    expect(rows[0]?.period ?? null).toBeNull();
  });
});

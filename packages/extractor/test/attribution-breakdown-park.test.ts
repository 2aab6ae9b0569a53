/**
 * A park's report breaking a figure down by the sub-parks inside it, then going on about itself in the next
 * paragraph. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pageRows } from './indicator-helpers.js';

describe('a breakdown by sub-parks', () => {
  it('returns to the park once the paragraph of the breakdown ends', () => {
    const rows = pageRows(
      [
        '1-9月，西宁经济技术开发区工业增加值同比增长8.2%。其中：南川工业园增长11.6%，东川工业园区增长6.3%。',
        '园区企业效益平稳。1-9月实现主营业务收入233.5亿元，增长6.9%；实现利润4.4亿元。',
      ].join('\n'),
      '2019-10-28',
    );
    const after = rows.filter((r) => r.value !== null);
    expect(after.map((r) => [r.kind, r.park, r.value?.amount])).toEqual([
      ['park', '西宁经开区', 233.5],
      ['park', '西宁经开区', 4.4],
    ]);
  });

  it('keeps a sub-park named outside a breakdown the one the text goes on about', () => {
    const rows = pageRows(
      [
        '西宁经济技术开发区前三季度运行平稳。',
        '南川工业园加快转型。1-9月，南川工业园实现产值88.1亿元。',
        '园区新增企业12家。',
      ].join('\n'),
      '2019-10-28',
    );
    expect(rows.filter((r) => r.value?.amount === 12).map((r) => r.park)).toEqual(['南川工业园']);
  });
});

/**
 * A counted group of projects named by example, and the investment figures after it. Sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { pageRows } from './indicator-helpers.js';

const rows = (text: string) =>
  pageRows(text, '2020-05-06').map((r) => [r.kind, r.name, r.value?.amount ?? null]);

describe('groups of projects', () => {
  it('gives the group its investment and the investments after it in the sentence', () => {
    expect(
      rows(
        '1-4月，临澜高新区实现工业总产值31.2亿元。园区承担的光伏组件、冷链物流园等7个省重点项目总投资58.6亿元，年度计划投资12.4亿元，截至4月底累计完成投资3.9亿元。园区新增企业21家。',
      ),
    ).toEqual([
      ['park', null, 31.2],
      ['company', '7个省重点项目', 58.6],
      ['company', '7个省重点项目', 12.4],
      ['company', '7个省重点项目', 3.9],
      ['park', null, 21],
    ]);
  });

  it('keeps the park’s own key projects, counted without examples, the park’s', () => {
    expect(rows('1-4月，临澜高新区46个重点项目完成投资19.3亿元。')).toEqual([['park', null, 19.3]]);
  });
});

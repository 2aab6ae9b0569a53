/**
 * Branches of industry as parks' statistical releases name them, and the fields of a high-tech park's
 * revenue: their figures are those branches', not the park's. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitIndustryLabel } from '../src/indicators.js';
import { pageRows } from './indicator-helpers.js';

describe('branches of industry', () => {
  it('splits a branch before its metric', () => {
    expect(splitIndustryLabel('木材加工业产值')).toEqual({ industry: '木材加工业', rest: '产值' });
    expect(splitIndustryLabel('燃气生产和供应业增加值')).toEqual({
      industry: '燃气生产和供应业',
      rest: '增加值',
    });
    expect(splitIndustryLabel('橡胶和塑料制品业营业收入')).toEqual({
      industry: '橡胶和塑料制品业',
      rest: '营业收入',
    });
    expect(splitIndustryLabel('光电子领域营业收入')).toEqual({ industry: '光电子领域', rest: '营业收入' });
  });

  it('puts a branch’s output on the branch', () => {
    const rows = pageRows(
      '1-8月，临澜高新区规上工业产值增长6.1%。其中，纸制品加工业产值增长9.4%，自来水生产和供应业产值下降2.2%。',
      '2023-09-20',
    );
    expect(rows.map((r) => [r.kind, r.name, r.change?.value])).toEqual([
      ['park', null, 6.1],
      ['industry', '纸制品加工业', 9.4],
      ['industry', '自来水生产和供应业', -2.2],
    ]);
  });
});

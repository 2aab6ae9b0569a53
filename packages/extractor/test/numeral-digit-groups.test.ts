import { describe, expect, it } from 'vitest';
import { normalizeForParsing } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('thousands separators: 3,820家 is one number', () => {
  it('folds digit groups into plain digits, keeping the length', () => {
    const s = normalizeForParsing('新设企业3,820家，资本12,405.6万元');
    expect(s).toHaveLength('新设企业3,820家，资本12,405.6万元'.length);
    expect(s).toBe('新设企业03820家，资本012405.6万元');
    expect(normalizeForParsing('共1,207,350人次')).toBe('共001207350人次');
  });

  it('leaves lists of small numbers and a clause ending on a figure alone', () => {
    expect(normalizeForParsing('第1,2,3批')).toBe('第1,2,3批');
    expect(normalizeForParsing('增长7.5,650家企业')).toBe('增长7.5,650家企业');
    expect(normalizeForParsing('共12,30家')).toBe('共12,30家');
  });

  it('reads the figure whole, with its printed text as evidence', () => {
    const got = run(
      '去年，园区新登记市场主体6,315户，同比增长9.4%；税收收入2,086.7亿元。',
      [xz],
      [],
      '2024-03-02',
    );
    expect(got[0]).toMatchObject({
      value: { amount: 6315, unit: '户', text: '6,315户' },
      change: { kind: 'percent', value: 9.4 },
    });
    expect(got[1]).toMatchObject({ value: { amount: 2086.7, unit: '亿元', text: '2,086.7亿元' } });
  });
});

import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('shares written as fractions or 成', () => {
  it('约占全市的三分之一 is a share of 33.3 (one decimal)', () => {
    const got = run('前三季度，园区高新技术企业数量约占全市的三分之一。', [xz], [], '2024-10-28');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ label: '高新技术企业数量', share: { percent: 33.3, of: '全市' } });
  });

  it('四分之三 and 一半 are 75 and 50', () => {
    expect(run('园区出口额占全省的四分之三。', [xz])[0]?.share).toEqual({
      percent: 75,
      of: '全省',
      approx: null,
    });
    expect(run('园区税收收入占全县的一半左右。', [xz])[0]?.share).toEqual({
      percent: 50,
      of: '全县',
      approx: 'about',
    });
  });

  it('近一成, 一成以上, 近四成 after 占 are shares of 10 and 40, kept beside the value', () => {
    const a = run('园区工业产值占全市的近一成。', [xz]);
    expect(a[0]).toMatchObject({ label: '工业产值', share: { percent: 10, of: '全市' }, change: null });
    const b = run('园区营业收入56亿元，占全省同行业的四成以上，工业产值占全市一成以上。', [xz]);
    expect(b[0]).toMatchObject({ value: { amount: 56, unit: '亿元' }, share: { percent: 40 } });
    expect(b[1]).toMatchObject({ label: '工业产值', share: { percent: 10, of: '全市' } });
  });

  it('a 成 after a growth verb stays a change', () => {
    const got = run('上半年，园区实际使用外资同比增长近三成。', [xz]);
    expect(got[0]?.change).toMatchObject({ kind: 'percent', value: 30, approx: 'near' });
    expect(got[0]?.share).toBeNull();
  });

  it('a fraction outside a share is not a figure', () => {
    expect(run('园区三分之一的企业来自外地。', [xz])).toHaveLength(0);
  });
});

describe('a share’s qualifier', () => {
  it('近四成 is near 40%, 超过40% over 40%, an exact share null', () => {
    const got = run('园区工业产值占全市的近四成，税收占全区的30%，出口占比超过40%。', [xz]);
    expect(got.map((i) => i.share?.approx)).toEqual(['near', null, 'over']);
  });
});

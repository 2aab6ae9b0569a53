import { describe, expect, it } from 'vitest';
import { classifySubjectPhrase, splitRegionLabel } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a part of the country (苏北地区, 西南地区) is a place, not the park', () => {
  it('reads 某某地区 before a metric as a region, with the clauses after it', () => {
    const got = run(
      '徐州高新区外贸企业订单回升。今年前三季度，苏北地区外贸进出口总值820.5亿元，比去年同期增长9%。其中，出口610.2亿元，增长8.1%。',
      [xz],
      [],
      '2022-10-20',
    );
    const trade = got.find((i) => i.value?.amount === 820.5);
    expect(trade?.subject).toMatchObject({ kind: 'region', name: '苏北地区' });
    expect(got.find((i) => i.value?.amount === 610.2)?.subject.kind).toBe('region');
  });

  it('an aside after the place is no part of the metric', () => {
    expect(splitRegionLabel('西南地区（含两市一州）进出口总额')).toMatchObject({
      region: '西南地区',
      rest: '进出口总额',
    });
  });

  it('地区生产总值 is a metric, and 该地区 or 所在地区 points back: no place of their own', () => {
    expect(splitRegionLabel('实现地区生产总值')).toBeNull();
    expect(splitRegionLabel('该地区工业产值')).toBeNull();
    // (a trade partner after its preposition: the park's own trade with it)
    expect(splitRegionLabel('自港澳地区进口额')).toBeNull();
    expect(splitRegionLabel('对东南亚地区出口额')).toBeNull();
    const got = run('上半年，徐州高新区实现地区生产总值312.6亿元，增长7.2%。', [xz], [], '2023-07-25');
    expect(got[0]?.subject.kind).toBe('park');
  });
});

describe('a counted group of firms (两家企业, 12家骨干企业) is a group of companies', () => {
  it('is a company subject, also with the period words after it', () => {
    const got = run(
      '徐州高新区的恒远科技和金桥材料扩大产能，两家企业前三季度实现营业收入近12亿元。',
      [xz],
      [],
      '2022-10-20',
    );
    expect(got[0]).toMatchObject({ subject: { kind: 'company', name: '两家企业' }, value: { amount: 12 } });
  });

  it('firms of a size class counted stay the park’s whole; a class of firms stays an industry', () => {
    expect(classifySubjectPhrase('12家骨干企业')).toMatchObject({ kind: 'company' });
    expect(classifySubjectPhrase('46家规上企业')?.kind).not.toBe('company');
    expect(classifySubjectPhrase('高新技术企业')).toMatchObject({ kind: 'industry' });
  });
});

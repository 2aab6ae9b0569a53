import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('container, ship and aircraft units', () => {
  it('标箱, 万标箱 and TEU are counts of containers; 艘, 架 counts', () => {
    expect(parseQuantity('120万标箱')).toMatchObject({
      amount: 120,
      unit: '万标箱',
      base: { amount: 1200000, unit: 'count' },
    });
    expect(parseQuantity('3.5万TEU')).toMatchObject({ amount: 3.5, base: { amount: 35000, unit: 'count' } });
    expect(parseQuantity('12艘')).toMatchObject({ base: { amount: 12, unit: 'count' } });
    expect(parseQuantity('约80架')).toMatchObject({ approx: 'about', base: { amount: 80, unit: 'count' } });
    expect(parseQuantity('2.4万辆')?.base).toEqual({ amount: 24000, unit: 'count' });
    expect(parseQuantity('6万件')?.base).toEqual({ amount: 60000, unit: 'count' });
  });
});

describe('taxes and fees, R&D intensity', () => {
  it('实缴税费 is tax revenue', () => {
    expect(run('前三季度，园区实缴税费18.6亿元。', [xz])[0]).toMatchObject({ metric: 'tax_revenue' });
  });

  it('研发投入强度 X% is a share of 地区生产总值 for the park, of 营业收入 for a company', () => {
    const a = run('去年，全区研发投入强度达到4.1%，比上年提高0.3个百分点。', [xz]);
    expect(a[0]).toMatchObject({
      label: '研发投入强度',
      value: null,
      share: { percent: 4.1, of: '地区生产总值' },
      change: { kind: 'points', value: 0.3 },
    });
    const b = run('其中，江南精工有限公司研发投入强度6.5%。', [xz], ['江南精工有限公司']);
    expect(b[0]).toMatchObject({
      subject: { kind: 'company' },
      value: null,
      share: { percent: 6.5, of: '营业收入' },
    });
  });
});

describe('a port named before its throughput', () => {
  it('青岛港集装箱吞吐量 is the port’s (a region), not the park’s', () => {
    const got = run('上半年，园区进出口增长5%，青岛港集装箱吞吐量完成1500万标箱，同比增长6.2%。', [xz]);
    expect(got[0]?.subject.kind).toBe('park');
    expect(got[1]).toMatchObject({
      label: '集装箱吞吐量',
      subject: { kind: 'region', name: '青岛港' },
      value: { amount: 1500, unit: '万标箱' },
    });
  });
});

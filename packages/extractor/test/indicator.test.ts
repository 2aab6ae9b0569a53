import { IndicatorSchema } from '@parkbrief/domain';
import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');

describe('extractIndicators', () => {
  it('reads values, signed changes, periods and evidence', () => {
    const text =
      '今年前三季度，徐州高新区地区生产总值完成512.3亿元，同比增长6.8%；一般公共预算收入下降2.5%。';
    const out = run(text, [XZ], [], '2023-10-20');
    expect(out).toHaveLength(2);
    const [gdp, fiscal] = out;
    expect(gdp).toMatchObject({
      subject: { kind: 'park', parkId: XZ.id, name: null },
      metric: 'gdp',
      label: '地区生产总值',
      value: { amount: 512.3, unit: '亿元', approx: null, base: { amount: 51230000000, unit: 'CNY' } },
      change: { kind: 'percent', value: 6.8, basis: 'yoy' },
      period: { label: '今年前三季度', start: '2023-01', end: '2023-09' },
    });
    expect(fiscal).toMatchObject({
      metric: 'fiscal_revenue',
      value: null,
      change: { kind: 'percent', value: -2.5 },
    });
    expect(fiscal!.period?.end).toBe('2023-09');
    for (const i of out) {
      expect(IndicatorSchema.parse(i)).toBeTruthy();
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
      expect(i.id).toMatch(/^test-p1-a01-i\d+$/);
    }
  });

  it('pairs a list of metrics with a list of rates in order', () => {
    const out = run('1-5月，高新技术产业投资、民间投资同比增长12%、9.5%。', [XZ]);
    expect(out.map((i) => [i.label, i.change?.value])).toEqual([
      ['高新技术产业投资', 12],
      ['民间投资', 9.5],
    ]);
    expect(out.every((i) => i.period?.end === '2023-05')).toBe(true);
  });

  it('reads points, multiples, Chinese numerals and approximations', () => {
    const text =
      '上半年，全区研发投入强度提高0.6个百分点；进出口总额增长1.5倍；新增市场主体两千余家；实际使用外资近3亿美元；社会消费品零售总额同比增长超两成。';
    const out = run(text, [XZ]);
    const by = Object.fromEntries(out.map((i) => [i.label, i]));
    expect(by['研发投入强度']?.change).toMatchObject({ kind: 'points', value: 0.6 });
    expect(by['进出口总额']?.change).toMatchObject({ kind: 'multiple', value: 1.5 });
    expect(by['新增市场主体']?.value).toMatchObject({ amount: 2000, unit: '家', approx: 'over' });
    expect(by['实际使用外资']?.value).toMatchObject({
      amount: 3,
      unit: '亿美元',
      approx: 'near',
      base: { amount: 300000000, unit: 'USD' },
    });
    expect(by['社会消费品零售总额']?.change).toMatchObject({ kind: 'percent', value: 20, approx: 'over' });
  });

  it('keeps a share, what it is a share of, and leaves the share’s own change alone', () => {
    const text =
      '1-8月，高新区外贸出口额98.6亿元，同比增长12.4%，占全市出口总额的41.2%，较去年同期提高3.1个百分点。';
    const [i, ...rest] = run(text, [XZ]);
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({
      label: '外贸出口额',
      metric: 'exports',
      change: { kind: 'percent', value: 12.4 },
      share: { percent: 41.2, of: '全市出口总额' },
    });
  });

  it('keeps comparisons apart from the figure’s change, and drops contributions', () => {
    const text =
      '上半年，规上工业增加值同比下降1.2%，低于全省平均水平2.3个百分点，对全市工业增长贡献率15.6%。';
    const out = run(text, [XZ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      change: { kind: 'percent', value: -1.2 },
      comparison: { against: '全省平均水平', kind: 'points', value: -2.3 },
    });
  });

  it('carries the period over later sentences until a new one is named', () => {
    const text = '今年一季度，园区营业收入增长8%。工业投资增长11%。2022年，园区营业收入120亿元。';
    const out = run(text, [XZ]);
    expect(out.map((i) => [i.label, i.period?.start, i.period?.end])).toEqual([
      ['营业收入', '2023-01', '2023-03'],
      ['工业投资', '2023-01', '2023-03'],
      ['营业收入', '2022-01', '2022-12'],
    ]);
  });

  it('reads 两位数增长 as at least ten percent', () => {
    const [i] = run('今年以来，高新区税收收入实现两位数增长。', [XZ]);
    expect(i).toMatchObject({ label: '税收收入', change: { kind: 'percent', value: 10, approx: 'over' } });
  });

  it('skips dates, ordinals, specs, counts inside names and ranges', () => {
    const text =
      '8月8日，高新区召开第七次推进会，按照“4+6”产业体系和“八个一”工作法，建设64万平方米先进计算产业园，产品达到30微米精度，并以每年5%-10%的速度增长，服务热线24小时开通。';
    expect(run(text, [XZ])).toEqual([]);
  });
});

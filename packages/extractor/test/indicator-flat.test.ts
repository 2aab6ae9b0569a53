import { describe, expect, it } from 'vitest';
import { parseChange, resolvePeriod } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('no change: 持平', () => {
  it('与上年持平 is a change of 0 percent against last year', () => {
    const got = run('去年，园区一般公共预算收入58.2亿元，与上年持平。', [xz], [], '2024-02-05');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      label: '一般公共预算收入',
      value: { amount: 58.2, unit: '亿元' },
      change: { kind: 'percent', value: 0, basis: 'yoy', text: '与上年持平' },
      period: { start: '2023-01', end: '2023-12' },
    });
  });

  it('基本持平 is about 0, and the year it compares with is not the period carried on', () => {
    const got = run(
      '今年1-5月，园区工业用电量12.4亿千瓦时，与去年同期基本持平；规上工业增加值增长6.1%。',
      [xz],
      [],
      '2024-06-17',
    );
    const flat = got.find((i) => i.change?.value === 0);
    expect(flat?.change).toMatchObject({ kind: 'percent', approx: 'about', basis: 'yoy' });
    const next = got.find((i) => i.label === '规上工业增加值');
    expect(next?.period).toMatchObject({ start: '2024-01', end: '2024-05' });
  });

  it('a metric with only 持平 is still read', () => {
    const got = run('一季度，高新区外贸进出口总额同比持平。', [xz], [], '2024-04-22');
    expect(got[0]).toMatchObject({ label: '外贸进出口总额', change: { value: 0, basis: 'yoy' } });
  });

  it('与上年 before 持平 is not a period', () => {
    expect(resolvePeriod('上年', '2024-02-05')).not.toBeNull();
    expect(parseChange('增长3%')?.value).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('按可比价 before a growth says how it was computed, no metric of its own', () => {
  it('the growth goes with the value before it, also without 计算', () => {
    const got = run(
      '上半年，徐州高新区实现地区生产总值312.6亿元，按可比价增长7.2%。',
      [xz],
      [],
      '2023-07-25',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 312.6 }, change: { kind: 'percent', value: 7.2 } });
  });

  it('按不变价格 likewise', () => {
    const got = run('前三季度，园区服务业增加值95.3亿元，按不变价格增长5.9%。', [xz], [], '2023-10-30');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 95.3 }, change: { value: 5.9 } });
  });
});

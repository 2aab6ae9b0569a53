import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('classes of the park’s retail trade are not the park’s whole', () => {
  const got = run(
    '上半年，徐州高新区社会消费品零售总额完成31.2亿元，同比增长4.4%。按消费形态分，限额以上住宿收入0.8亿元，同比增长5.2%；限上商品零售12.6亿元，增长9.9%。从商品类别看，家用电器类同比增长18.1%，金银珠宝类增长6.3%。',
    [xz],
  );

  it('the total stays the park’s', () => {
    expect(got[0]?.subject.kind).toBe('park');
    expect(got[0]?.label).toBe('社会消费品零售总额');
  });

  it('a class above the threshold and a category of goods are industries, labelled as written', () => {
    expect(got.slice(1).map((g) => [g.subject.kind, g.subject.name, g.label])).toEqual([
      ['industry', '限额以上住宿', '收入'],
      ['industry', '限上商品零售', '限上商品零售'],
      ['industry', '家用电器类', '家用电器类'],
      ['industry', '金银珠宝类', '金银珠宝类'],
    ]);
  });

  it('a metric of a category (the park’s imports of it) stays the park’s', () => {
    const rows = run('今年以来，徐州高新区口岸进口水果类货值2150万美元，同比增长16%。', [xz]);
    expect(rows[0]?.subject.kind).toBe('park');
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../src/indicators.js';

describe('parseQuantity', () => {
  it.each([
    ['238.6亿元', 238.6, '亿元', null, 23860000000, 'CNY'],
    ['超5亿美元', 5, '亿美元', 'over', 500000000, 'USD'],
    ['800余万元', 800, '万元', 'over', 8000000, 'CNY'],
    ['约2000万元', 2000, '万元', 'about', 20000000, 'CNY'],
    ['近1000万元', 1000, '万元', 'near', 10000000, 'CNY'],
    ['300多家', 300, '家', 'over', 300, 'count'],
    ['十余家', 10, '家', 'over', 10, 'count'],
    ['一百二十人', 120, '人', null, 120, 'count'],
    ['1.2万亿元', 1.2, '万亿元', null, 1200000000000, 'CNY'],
    ['3亿5千万元', 3.5, '亿元', null, 350000000, 'CNY'],
    ['两千万元', 2000, '万元', null, 20000000, 'CNY'],
    ['1,234.5万元', 1234.5, '万元', null, 12345000, 'CNY'],
    ['14GW', 14, 'GW', null, 14000000000, 'W'],
    ['18.5万平方米', 18.5, '万平方米', null, 185000, 'm2'],
    ['212亩', 212, '亩', null, 212, 'mu'],
    ['2万人', 2, '万人', null, 20000, 'count'],
    ['80台/套', 80, '台/套', null, 80, 'count'],
    ['过亿元', 1, '亿元', 'over', 100000000, 'CNY'],
    ['3.5万吨', 3.5, '万吨', null, 35000, 't'],
    ['100万元以上', 100, '万元', 'over', 1000000, 'CNY'],
    ['不足50家', 50, '家', 'under', 50, 'count'],
    ['100多家次', 100, '家次', 'over', 100, 'count'],
    ['5亿元左右', 5, '亿元', 'about', 500000000, 'CNY'],
  ])('%s', (text, amount, unit, approx, base, baseUnit) => {
    const q = parseQuantity(text);
    expect(q).toEqual({ amount, text, unit, approx, base: { amount: base, unit: baseUnit } });
  });

  it('keeps percent without a base', () => {
    expect(parseQuantity('18.3%')).toEqual({
      amount: 18.3,
      text: '18.3%',
      unit: '%',
      approx: null,
      base: null,
    });
  });

  it.each(['一家', '6个月', '3个工作日', '30微米', '第七次', '2021年', '24小时', '8月8日', '两大'])(
    '%s is not a quantity',
    (t) => {
      expect(parseQuantity(t)).toBeNull();
    },
  );

  it('computes base amounts exactly', () => {
    expect(parseQuantity('0.07亿元')?.base?.amount).toBe(7000000);
    expect(parseQuantity('203.52亿元')?.base?.amount).toBe(20352000000);
  });
});

describe('round hundreds and thousands after a qualifier', () => {
  it.each([
    ['近百家', 100, '家', 'near'],
    ['超百亿元', 100, '亿元', 'over'],
    ['突破千亿元', 1000, '亿元', 'over'],
  ] as const)('%s', (text, amount, unit, approx) => {
    expect(parseQuantity(text)).toMatchObject({ amount, unit, approx });
  });

  it('leaves 百/千 in words alone', () => {
    expect(parseQuantity('百姓')).toBeNull();
    expect(parseQuantity('千家万户')).toBeNull();
  });
});

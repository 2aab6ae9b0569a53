/**
 * Industries named by their field alone (装备制造, 精细化工, 电子信息), and firms by their brand and business
 * alone (某某电子): their figures are theirs, not the park's. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isBrandFirm, isFieldIndustry } from '../src/steps/name-field.js';
import { splitIndustryLabel } from '../src/indicators.js';
import { pageRows } from './indicator-helpers.js';

const rows = (text: string, date = '2024-07-20') =>
  pageRows(text, date).map((r) => [r.kind, r.name, r.value?.amount ?? null, r.change?.value ?? null]);

describe('names of industries by their field', () => {
  it('reads modifiers before fields, joined by 及 and 和', () => {
    for (const p of [
      '装备制造',
      '精细化工',
      '电子信息',
      '生物医药',
      '新能源汽车',
      '汽车及零部件',
      '高端装备制造',
      '化工',
    ])
      expect(isFieldIndustry(p), p).toBe(true);
  });

  it('names no industry with a modifier alone, a connector at an end, or an unknown word', () => {
    for (const p of [
      '智能',
      '新型',
      '经济',
      '及汽车',
      '汽车及',
      '工业经济',
      '民营经济',
      '招商引资',
      '规上工业',
    ])
      expect(isFieldIndustry(p), p).toBe(false);
  });

  it('reads a brand before a business as a firm, not a kind of firm or an industry', () => {
    for (const p of ['澜星电子', '远帆精密', '恒拓科技', '瑞丰化工']) expect(isBrandFirm(p), p).toBe(true);
    for (const p of ['汽车电子', '智能装备', '重点电子', '全市化工', '龙头科技', '工业经济', '电子'])
      expect(isBrandFirm(p), p).toBe(false);
  });

  it('splits an industry named by its field off its metric, but not the park’s trade in it', () => {
    expect(splitIndustryLabel('电子信息产值')).toEqual({ industry: '电子信息', rest: '产值' });
    expect(splitIndustryLabel('生物医药营业收入')).toEqual({ industry: '生物医药', rest: '营业收入' });
    expect(splitIndustryLabel('农产品出口额')).toBeNull();
    expect(splitIndustryLabel('跨境电商进出口额')).toBeNull();
  });
});

describe('figures of industries and firms written without their usual endings', () => {
  it('gives each field its own output, after the park’s total', () => {
    expect(
      rows(
        '今年上半年，临澜高新区实现规上工业总产值420亿元，同比增长9.5%。其中，装备制造完成产值160亿元，同比增长12.1%；精细化工实现产值88亿元，增长6.3%。',
      ),
    ).toEqual([
      ['park', null, 420, 9.5],
      ['industry', '装备制造', 160, 12.1],
      ['industry', '精细化工', 88, 6.3],
    ]);
  });

  it('gives a firm named by its brand its sales', () => {
    expect(rows('临澜高新区企业发展势头良好。澜星电子实现营业收入23亿元，同比增长31%。')).toEqual([
      ['company', '澜星电子', 23, 31],
    ]);
  });

  it('counts a field’s firms for that field, beside its output', () => {
    expect(rows('1-10月，临澜高新区规上企业70户，其中：家具制造6户实现产值4.2亿元。', '2023-11-20')).toEqual([
      ['park', null, 70, null],
      ['industry', '家具制造', 6, null],
      ['industry', '家具制造', 4.2, null],
    ]);
  });
});

/**
 * Whose figure a label names: a product's output is that product's, a branch named after 中 or a group of
 * enterprises is an industry, a place before the metric is a region. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';
import { splitIndustryLabel, splitRegionLabel } from '../src/indicators.js';

function subjects(text: string) {
  return extractIssue({
    id: 'subject-test',
    publication: '测试',
    date: '2024-08-20',
    pages: [{ number: 1, text }],
  }).indicators.map((i) => [i.subject.kind, i.subject.name, i.label]);
}

describe('industries and products in a label', () => {
  it('splits a product from its output or use', () => {
    expect(splitIndustryLabel('电解铝产量')).toEqual({ industry: '电解铝', rest: '产量' });
    expect(splitIndustryLabel('天然气消费量')).toEqual({ industry: '天然气', rest: '消费量' });
    expect(splitIndustryLabel('工业产量')).toBeNull();
  });

  it('splits a branch named after 中 and a group of enterprises', () => {
    expect(splitIndustryLabel('第三产业中批发零售业营业收入')?.industry).toBe('批发零售业');
    expect(splitIndustryLabel('科技型企业营业收入')?.industry).toBe('科技型企业');
    expect(splitIndustryLabel('规上工业企业营业收入')).toBeNull();
    expect(splitIndustryLabel('高技术产业投资')).toBeNull();
  });

  it('gives a product its industry row, named under the park or with 全区 before it', () => {
    const rows = subjects(
      '上半年，嘉兴湾新区规上工业增加值增长8.2%。其中电解铝产量35.6万吨，增长12%；全区光伏组件产量增长30%。',
    );
    expect(rows[1]).toEqual(['industry', '电解铝', '产量']);
    expect(rows[2]).toEqual(['industry', '光伏组件', '产量']);
  });
});

describe('places in a label', () => {
  it('splits a place with its rank from the metric', () => {
    expect(splitRegionLabel('温州市外贸进出口额')).toEqual({ region: '温州市', rest: '外贸进出口额' });
    expect(splitRegionLabel('全省规上工业增加值')?.region).toBe('全省');
    expect(splitRegionLabel('外贸进出口额')).toBeNull();
  });

  it('gives a city figure in a park article to the city', () => {
    const rows = subjects('1-9月，嘉兴湾新区进出口额增长9%。温州市外贸进出口额同比增长13.5%。');
    expect(rows[1]).toEqual(['region', '温州市', '外贸进出口额']);
  });
});

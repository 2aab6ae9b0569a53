import { describe, expect, it } from 'vitest';
import { splitIndustryLabel } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');
const SZ = park('苏州高新区');

describe('attribution', () => {
  it('keeps a company’s figures off the park, through 该企业 and across sentences', () => {
    const text =
      '江苏恒达新材料有限公司去年落户徐州高新区。今年上半年，该企业实现产值12.5亿元，销售收入11亿元。同期，徐州高新区规上工业总产值增长9.1%。';
    const out = run(text, [XZ]);
    expect(out.map((i) => [i.subject.kind, i.subject.name, i.label])).toEqual([
      ['company', '江苏恒达新材料有限公司', '产值'],
      ['company', '江苏恒达新材料有限公司', '销售收入'],
      ['park', null, '规上工业总产值'],
    ]);
    expect(out[2]!.subject.parkId).toBe(XZ.id);
  });

  it('uses the article’s companies list for names written without a suffix', () => {
    const out = run('上半年，徐工汽车新能源重卡销量突破1900辆，同比增长45%。', [XZ], ['徐工汽车']);
    expect(out[0]).toMatchObject({
      subject: { kind: 'company', name: '徐工汽车' },
      value: { amount: 1900, unit: '辆', approx: 'over' },
    });
  });

  it('gives quoted figures to the speaker', () => {
    const text =
      '“今年以来，我们拿到了2亿元的订单。”华瑞电子科技有限公司总经理王立说。“上半年签约项目30个。”高新区管委会负责人介绍。';
    const out = run(text, [XZ]);
    expect(out.map((i) => [i.subject.kind, i.label])).toEqual([
      ['company', '订单'],
      ['park', '签约项目'],
    ]);
  });

  it('attributes industries and sub-areas, not the park', () => {
    const text =
      '1-7月，高新区规上工业增加值增长7%。其中，新能源产业同比增长21%，生物医药产业增加值增长5%。今年上半年，科创园区新落户企业40家。这条创新走廊集聚300多家企业。';
    const out = run(text, [XZ]);
    expect(out.map((i) => [i.subject.kind, i.subject.name, i.label])).toEqual([
      ['park', null, '规上工业增加值'],
      ['industry', '新能源产业', '规上工业增加值'],
      ['industry', '生物医药产业', '增加值'],
      ['region', '科创园区', '新落户企业'],
      ['region', '创新走廊', '企业'],
    ]);
  });

  it('tells several parks in one article apart', () => {
    const text = '上半年，徐州高新区营业收入增长10%，苏州高新区营业收入增长12%。';
    const out = run(text, [XZ, SZ]);
    expect(out.map((i) => [i.subject.parkId, i.change?.value])).toEqual([
      [XZ.id, 10],
      [SZ.id, 12],
    ]);
  });

  it('a bare statement in a park report is the park’s', () => {
    const [i] = run('1-7月，规模以上工业总产值同比增长3.4%。', [XZ]);
    expect(i?.subject).toEqual({ kind: 'park', parkId: XZ.id, name: null });
  });
});

describe('splitIndustryLabel', () => {
  it.each([
    ['四强产业增加值', { industry: '四强产业', rest: '增加值' }],
    [
      '汽车与高端装备制造产业链重点企业实现产值',
      { industry: '汽车与高端装备制造产业链重点企业', rest: '产值' },
    ],
    ['新材料产业', { industry: '新材料产业', rest: '' }],
    ['高技术产业投资', null],
    ['规模以上服务业营业收入', null],
    ['制造业技改投资', null],
  ])('%s', (label, expected) => {
    expect(splitIndustryLabel(label)).toEqual(expected);
  });
});

describe('industry carried within a sentence', () => {
  it('keeps the clauses after an industry figure on the industry', () => {
    const out = run(
      '今年以来，徐州高新区集成电路产业营业收入同比增长18%，集聚相关企业60余家。全区营业收入增长9%。',
      [park('徐州高新区')],
    );
    expect(out.map((i) => [i.subject.kind, i.subject.name, i.label])).toEqual([
      ['industry', '集成电路产业', '营业收入'],
      ['industry', '集成电路产业', '集聚相关企业'],
      ['park', null, '营业收入'],
    ]);
  });
});

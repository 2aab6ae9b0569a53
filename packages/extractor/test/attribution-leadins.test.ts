import { describe, expect, it } from 'vitest';
import { stripSubjectLeadIn } from '../src/steps/attribute-subject.js';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');
const who = (i: { subject: { kind: string; name: string | null } }) =>
  i.subject.kind === 'park' ? 'park' : `${i.subject.kind}:${i.subject.name}`;

describe('subjects without the words that introduce them', () => {
  it.each([
    ['位于徐州高新区的安全科技城', '安全科技城'],
    ['在某某高新区光谷新材料产业园', '光谷新材料产业园'],
    ['园区企业江苏恒瑞光电科技有限公司', '江苏恒瑞光电科技有限公司'],
    ['新能源汽车产业', '新能源汽车产业'],
  ])('%s → %s', (phrase, name) => {
    expect(stripSubjectLeadIn(phrase)).toBe(name);
  });

  it('gives a company introduced by 园区企业/区内企业 its figures, named without the lead-in', () => {
    const out = run(
      '上半年，区内企业江苏恒瑞光电科技有限公司实现营业收入8.2亿元，同比增长16.4%，该公司出口额增长1.2倍。全区规上工业总产值增长6.1%。',
      [XZ],
    );
    expect(out.map((i) => [who(i), i.label])).toEqual([
      ['company:江苏恒瑞光电科技有限公司', '营业收入'],
      ['company:江苏恒瑞光电科技有限公司', '出口额'],
      ['park', '规上工业总产值'],
    ]);
  });

  it('names a sub-area placed with 位于…的 or 在… by its own name', () => {
    const out = run(
      '位于徐州高新区的安全科技城集聚企业120家。在徐州高新区智能装备产业园，今年新签约项目15个。',
      [XZ],
    );
    expect(out.map(who)).toEqual(['region:安全科技城', 'region:智能装备产业园']);
  });

  it('gives the clauses after an industry clause to that industry, and a bare industry sentence its own label', () => {
    const out = run(
      '生物医药产业保持快速增长，营业收入同比增长24.1%。主导产业保持两位数增长。全区税收收入12亿元。',
      [XZ],
    );
    expect(out.map((i) => [who(i), i.label, i.change?.value ?? i.value?.amount])).toEqual([
      ['industry:生物医药产业', '营业收入', 24.1],
      ['industry:主导产业', '主导产业', 10],
      ['park', '税收收入', 12],
    ]);
  });

  it('keeps a project’s figures off the park', () => {
    const out = run('该项目将于10月投产，达产后年产值可达12亿元。上半年全区实际使用外资1.1亿美元。', [XZ]);
    expect(out.map(who)).toEqual(['other:该项目', 'park']);
    expect(out[0]!.period).toBeNull();
    expect(out[1]!.period?.label).toBe('上半年');
  });
});

describe('labels', () => {
  it('reads a figure of another period as the metric just named', () => {
    const out = run(
      '去年，园区实现营业收入1260亿元，2021年为1105亿元。上半年，税收收入26亿元，去年同期为24亿元，增长8.3%。',
      [XZ],
      [],
      '2023-09-11',
    );
    expect(
      out.map((i) => [i.label, i.value?.amount, i.period?.start, i.period?.end, i.change?.value ?? null]),
    ).toEqual([
      ['营业收入', 1260, '2022-01', '2022-12', null],
      ['营业收入', 1105, '2021-01', '2021-12', null],
      ['税收收入', 26, '2023-01', '2023-06', 8.3],
      ['税收收入', 24, '2022-01', '2022-06', null],
    ]);
  });

  it('drops 其中, a verb before the metric and a broken-off company suffix from labels', () => {
    const out = run('1-8月，全区完成固定资产投资212亿元，其中工业投资98.7亿元。股份有限公司出口额增长3%。', [
      XZ,
    ]);
    expect(out.map((i) => i.label)).toEqual(['固定资产投资', '工业投资', '出口额']);
  });
});

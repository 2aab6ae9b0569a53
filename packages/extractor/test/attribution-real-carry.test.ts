/**
 * What the grammar carries from clause to clause, and what it does not: a semicolon ends a topic chain, a
 * comparison or share names no subject, and many parks together are a region whose figures are their total.
 * Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue, findAggregates, findParkMentions } from '../src/index.js';

function read(text: string) {
  const ex = extractIssue({
    id: 'carry-test',
    publication: '测试',
    date: '2024-08-20',
    pages: [{ number: 1, text }],
  });
  return ex.indicators.map((i) => ({ label: i.label, kind: i.subject.kind, name: i.subject.name }));
}

describe('subjects carried between clauses', () => {
  it('ends an industry subject at a semicolon', () => {
    const rows = read(
      '上半年，嘉兴高新区新材料产业产值85.2亿元，同比增长12.1%；一般公共预算收入21.3亿元，同比增长4.4%。',
    );
    expect(rows.find((r) => r.label.includes('一般公共预算收入'))?.kind).toBe('park');
  });

  it('takes no subject from a comparison or a share', () => {
    const rows = read(
      '上半年，嘉兴高新区地区生产总值320.5亿元，增长6.2%，高于全市1.5个百分点；规上工业总产值610亿元，占全市35.2%。',
    );
    expect(rows.map((r) => r.kind)).toEqual(['park', 'park']);
  });
});

describe('many parks together', () => {
  it('finds a whole or a count of parks, not a park alone', () => {
    const names = (s: string) => findAggregates(s).map((a) => a.name);
    expect(names('全省12个国家级经开区实现')).toEqual(['全省12个国家级经开区']);
    expect(names('全市工业园区完成')).toEqual(['全市工业园区']);
    expect(names('全州省级及以上产业园区')).toEqual(['全州省级及以上产业园区']);
    expect(names('全区实现')).toEqual([]);
    expect(names('园区实现')).toEqual([]);
  });

  it('gives the figures after such a subject to the region, until a park is named', () => {
    const rows = read(
      '1-6月，全市5个省级工业园区实现营业收入820亿元，同比增长7.5%；利润总额41亿元。其中，嘉兴高新区营业收入300亿元。',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'region', 'park']);
  });

  it('does not take a park ranked among many for the many', () => {
    const rows = read('嘉兴高新区工业增加值增长11.6%，增速位列全省开发区第一；税收收入71.3亿元。');
    expect(rows.every((r) => r.kind === 'park')).toBe(true);
  });
});

describe('what a sentence is about', () => {
  it('returns to the region a sentence opened with after a semicolon', () => {
    const rows = read(
      '1-6月，全国进出口总值20.1万亿元，其中出口11.5万亿元，增长3.2%；进口8.6万亿元，下降1.1%。',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'region', 'region']);
  });

  it('takes no subject from where the news came from', () => {
    const rows = read('记者从嘉兴湾新区管委会获悉，上半年，该区实现营业收入50亿元；税收收入6.2亿元。');
    expect(rows.map((r) => r.kind)).toEqual(['park', 'park']);
  });

  it('gives a share held by a thing with no metric words to that thing', () => {
    const [r] = read('上半年，嘉兴湾综保区铁矿石占进口总值的62.5%。');
    expect(r).toMatchObject({ kind: 'industry', name: '铁矿石' });
  });

  it('reads a place joined to a name by a middle dot as a region, and a bracketed figure as an aside', () => {
    const rows = read('嘉兴湾新区营业收入增长8%。杭州·未来科技城已引进项目12个，占全市(30个)的40%。');
    expect(rows.find((r) => r.label.includes('引进项目'))?.kind).toBe('region');
    expect(rows.some((r) => r.label.includes('全市'))).toBe(false);
  });
});

describe('a kind noun alone and a park’s own totals', () => {
  it('reads 片区 alone as the free-trade area named last, not the bonded zone inside it', () => {
    const ex = extractIssue({
      id: 'kind-test',
      publication: '测试',
      date: '2024-07-20',
      pages: [
        {
          number: 1,
          text: '在福州自贸片区江阴综保区，企业订单增长。上半年，片区实现进出口总额520.3亿元，同比增长8.2%。',
        },
      ],
    });
    const park = ex.parks.find((p) => ex.indicators[0]?.subject.parkId === p.id);
    expect(park?.shortName).toMatch(/片区$/);
  });

  it('gives the park, not an industry of an earlier clause, its investment and taxes', () => {
    const rows = read('上半年，嘉兴湾新区先进制造业产值增长12%，年计划投资85亿元，税收收入9.2亿元。');
    expect(rows.map((r) => r.kind)).toEqual(['industry', 'park', 'park']);
  });

  it('reads each park of a ranking written after 次为', () => {
    const rows = read('1-9月，嘉兴湾新区地均产值96.9亿元，其次为湖州南太湖新区90.2亿元。');
    expect(rows.filter((r) => r.kind === 'park')).toHaveLength(2);
  });
});

describe('places that are not the park', () => {
  it('reads a district named at a clause start with an adverb after it as a region', () => {
    const rows = read('嘉兴湾新区营业收入增长8%。同日，南湖区还迎来了一批项目集中签约，总投资180亿元。');
    expect(rows.find((r) => r.label.includes('总投资'))?.kind).toBe('region');
  });
});

describe('lists of parks', () => {
  it('gives each park of a list its figure (A、B、C…分别…)', () => {
    const ex = extractIssue({
      id: 'list-test',
      publication: '测试',
      date: '2024-07-20',
      pages: [
        {
          number: 1,
          text: '上半年，嘉兴湾新区、湖州南太湖新区和绍兴滨海新区工业产值分别增长12.1%、9.5%和7.2%。',
        },
      ],
    });
    const names = new Map(ex.parks.map((p) => [p.id, p.shortName]));
    expect(ex.indicators.map((i) => [names.get(i.subject.parkId ?? ''), i.change?.value])).toEqual([
      ['嘉兴湾新区', 12.1],
      ['湖州南太湖新区', 9.5],
      ['绍兴滨海新区', 7.2],
    ]);
  });

  it('reads a registered name after another place as that place’s park', () => {
    const m = findParkMentions('绍兴滨海新区').filter((x) => x.kind !== 'anaphor');
    expect(m.map((x) => [x.text, x.kind])).toEqual([['绍兴滨海新区', 'unregistered']]);
  });
});

/**
 * What reads like a figure but is none of the park's economy: counts of an administration's activity, a
 * set or a rank, a conversion of a figure given before; and the text of a copied web page with a space left
 * inside words where a printed line wrapped. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';

function read(text: string) {
  const ex = extractIssue({
    id: 'non-figure-test',
    publication: '测试',
    date: '2024-08-20',
    pages: [{ number: 1, text }],
  });
  return ex.indicators;
}
const values = (text: string) => read(text).map((i) => i.value?.text ?? null);

describe('activity counts', () => {
  it('leaves out measures and tasks counted, keeps firms and projects', () => {
    expect(
      values('上半年，宁远经开区出台12项营商环境改革措施、9项人才支持措施，新增企业312家，签约项目18个。'),
    ).toEqual(['312家', '18个']);
    expect(values('今年以来，宁远经开区完成省里部署的25项“重点任务”，实现税收8.6亿元。')).toEqual([
      '8.6亿元',
    ]);
  });

  it('leaves out how often something was done, keeps visits counted in 人次', () => {
    expect(values('上半年，宁远经开区赴外招商40余次，接待游客36.5万人次，实现旅游收入2.1亿元。')).toEqual([
      '36.5万人次',
      '2.1亿元',
    ]);
  });

  it('leaves out a count whose noun follows it: routes, fields of work', () => {
    expect(values('受益于新增欧洲、中东等8条航线以及新码头投用，宁远港区完成吞吐量120万标箱。')).toEqual([
      '120万标箱',
    ]);
    expect(values('宁远经开区围绕数字经济、国际金融等6个领域开展招商，新增企业120家。')).toEqual(['120家']);
  });

  it('leaves out a growth rate named again in a comment (以10.9%的增幅领跑)', () => {
    expect(
      values('上半年宁远综保区进出口52.3亿元，增长10.9%。宁远综保区上半年进出口10.9%的增幅高于全市。'),
    ).toEqual(['52.3亿元']);
  });

  it('leaves out routes opened', () => {
    expect(values('上半年，宁远综保区新开国际货运航线6条，完成进出口额52.3亿元。')).toEqual(['52.3亿元']);
  });
});

describe('sets, ranks and conversions', () => {
  it('does not read the size of the set compared in as a figure', () => {
    expect(values('在全省38个开发区中，宁远经开区亩均税收42.6万元，居首位。')).toEqual(['42.6万元']);
    expect(values('在56个国家级经开区中，宁远经开区亩均税收42.6万元，居首位。')).toEqual(['42.6万元']);
  });

  it('does not read a rank as a figure', () => {
    expect(values('宁远经开区工业总产值320亿元，综合排名前十名。')).toEqual(['320亿元']);
  });

  it('leaves out a conversion of a figure just given', () => {
    const rows = read('宁远经开区人均地区生产总值9.8万元，按现行汇率折算约1.4万美元。');
    expect(rows.map((r) => r.value?.text)).toEqual(['9.8万元']);
    expect(rows.map((r) => r.id)).toEqual([`${rows[0]!.articleId}-i1`]);
  });
});

describe('a copied web page', () => {
  it('reads a word split by the space of a wrapped line', () => {
    const [row] = read('前三季度，宁远经开区规上工业增加值增长6.1%，增速较上半年提 高0.8个百 分点。');
    expect(row?.change).toMatchObject({ kind: 'percent', value: 6.1 });
    const second = read('前三季度，宁远经开区固定资产投资增长9.2%，拉动全区投资增长3.1个百 分点。');
    expect(second.map((r) => r.value?.text ?? r.change?.text)).toEqual(['增长9.2%']);
  });

  it('names the currency once: 亿元人民币 is 亿元', () => {
    const [row] = read('上半年，宁远综保区实现进出口52.3亿元人民币，增长8.8%。');
    expect(row?.value).toMatchObject({ amount: 52.3, unit: '亿元', text: '52.3亿元人民币' });
    expect(row?.value?.base).toEqual({ amount: 5_230_000_000, unit: 'CNY' });
  });
});

describe('facilities', () => {
  it('gives an airport’s or a port’s figures to its operator, not to the park around it', () => {
    const rows = read(
      '上半年，宁远经开区新开工项目12个。宁远机场完成旅客吞吐量520万人次，增长15%，完成货邮量6.2万吨，增长9%。',
    );
    expect(rows.map((r) => [r.subject.kind, r.subject.name])).toEqual([
      ['park', null],
      ['company', '宁远机场'],
      ['company', '宁远机场'],
    ]);
  });
});

describe('an investment written before what it built', () => {
  it('is that project’s, and the park’s own investment after it stays the park’s', () => {
    const rows = read(
      '今年以来，宁远经开区投资8亿元打造的“星河乐园”已开园营业。上半年，总投资30亿元的宁远光伏产业园项目正式开工，全区固定资产投资52亿元。',
    );
    expect(rows.map((r) => [r.subject.kind, r.subject.name, r.value?.text])).toEqual([
      ['company', '星河乐园', '8亿元'],
      ['company', '宁远光伏产业园项目', '30亿元'],
      ['park', null, '52亿元'],
    ]);
  });

  it('leaves an investment followed by a metric’s words alone', () => {
    const rows = read('上半年，宁远经开区完成工业投资12亿元的增速居全市首位。');
    expect(rows.every((r) => r.subject.kind === 'park')).toBe(true);
  });
});

describe('contributions and shares that moved', () => {
  it('reads 拉动…增长 as a contribution, in points or in %', () => {
    const rows = read('上半年，宁远经开区工业投资增长18%，拉动全区固定资产投资增长6.5%。');
    expect(rows.map((r) => [r.label, r.change?.value])).toEqual([['工业投资', 18]]);
  });

  it('keeps 带动…增长 as the change of what was driven', () => {
    const rows = read('上半年，宁远经开区龙头企业带动全区新能源汽车产量同比增长1.3倍。');
    expect(rows.map((r) => r.change?.kind)).toEqual(['multiple']);
  });

  it('makes no row of a share that moved with no level given', () => {
    expect(read('上半年，宁远经开区高技术制造业产值占全区规模以上工业总产值比重同比提高4.5%。')).toEqual([]);
  });
});

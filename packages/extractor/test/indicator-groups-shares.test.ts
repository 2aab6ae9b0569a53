import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const hf = park('合肥高新区');
const cs = park('长沙经开区');
const wh = park('武汉经开区');
const hfj = park('合肥经开区');

describe('groups of firms counted in the text', () => {
  it('examples before a count (甲、乙等45家重点企业) are neither a label nor a figure; the group is a company subject', () => {
    const got = run('上半年，园区科大讯飞、国轩高科等45家重点企业产值增长30%。', [hf], [], '2024-07-20');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      subject: { kind: 'company', name: '科大讯飞、国轩高科等45家重点企业' },
      label: '产值',
      change: { kind: 'percent', value: 30 },
      value: null,
    });
  });

  it('a counted group (38家重点企业) is its own sentence’s subject only: the next sentence’s class is an industry', () => {
    const got = run('全区38家重点企业营收增长12%。高新技术企业产值增长8%。', [hf], [], '2024-07-20');
    expect(got[0]?.subject).toMatchObject({ kind: 'company', name: '38家重点企业' });
    expect(got[1]?.subject).toMatchObject({ kind: 'industry', name: '高新技术企业' });
    expect(got[1]?.label).toBe('产值');
  });

  it('a class of firms without a count stays an industry', () => {
    const got = run('上半年，园区科技型中小企业营收增长9%。', [hf], [], '2024-07-20');
    expect(got[0]?.subject.kind).toBe('industry');
  });
});

describe('rates held at a level', () => {
  it('增速保持在20%以上 is a change of at least 20%', () => {
    const got = run('上半年，园区营收增速保持在20%以上。', [hf], [], '2024-07-20');
    expect(got[0]).toMatchObject({
      label: '营收',
      value: null,
      change: { kind: 'percent', value: 20, approx: 'over' },
    });
  });

  it('a value held at a level keeps its label clean (投资保持在30亿元)', () => {
    const got = run('上半年，园区投资保持在30亿元。', [hf], [], '2024-07-20');
    expect(got[0]).toMatchObject({ label: '投资', value: { amount: 30, unit: '亿元' } });
  });
});

describe('a share written after the figure it divides', () => {
  it('joins that figure’s row; the change after the share is how the share moved', () => {
    const got = run(
      '2023年，园区服务业增加值148.6亿元，同比增长12.4%；服务业增加值占地区生产总值比重为27.5%，较上年提高0.9个百分点。',
      [hf],
      [],
      '2024-02-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      label: '服务业增加值',
      value: { amount: 148.6 },
      change: { kind: 'percent', value: 12.4 },
      share: { percent: 27.5, of: '地区生产总值' },
    });
  });

  it('a share that passed a threshold, then the share reached (首次突破40%，达到41.3%), is the share reached', () => {
    const got = run(
      '前三季度，园区工业增加值64.2亿元，增长11.7%。工业增加值占全区生产总值的比重首次突破40%，达到41.3%。',
      [hf],
      [],
      '2024-07-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.share).toEqual({ percent: 41.3, of: '全区生产总值', approx: null });
  });

  it('a share of another metric stays a row of its own', () => {
    const got = run(
      '上半年，园区营业收入300亿元，增长9%。工业增加值占全区生产总值的比重为40%。',
      [hf],
      [],
      '2024-07-20',
    );
    expect(got).toHaveLength(2);
    expect(got[1]).toMatchObject({ label: '工业增加值', value: null, share: { percent: 40 } });
  });
});

describe('a ranked park’s figure', () => {
  it('takes the metric its own sentence names first (从工业增加值来看…为21.7亿元), not the sentence before’s', () => {
    const got = run(
      '就工业总产值而言，合肥经开区单位土地工业总产值居首，为70.2亿元。从工业增加值来看，长沙经开区单位土地工业增加值领先，为21.7亿元。其次为武汉经开区，单位土地增加值18.4亿元。',
      [hfj, cs, wh],
      [],
      '2024-11-15',
    );
    expect(got.map((i) => i.label)).toEqual(['单位土地工业总产值', '单位土地工业增加值', '单位土地增加值']);
    expect(got[1]?.subject.parkId).toBe(cs.id);
  });
});

describe('截至目前 with a flow', () => {
  it('a growth of a flow up to now is the year so far, up to the year-to-date period the article reports', () => {
    const got = run(
      '截至目前，园区规上工业营业收入同比增长14.6%。上半年新登记市场主体8200户。截至目前，园区在册企业达4100家。',
      [hf],
      [],
      '2024-08-01',
    );
    expect(got[0]?.period).toMatchObject({ start: '2024-01', end: '2024-06' });
    // a stock up to now stays the one month
    expect(got[2]?.period).toMatchObject({ start: '2024-07', end: '2024-07' });
  });

  it('without another period, runs from January to the month before the issue', () => {
    const got = run('截至目前，园区固定资产投资同比增长12%。', [hf], [], '2024-08-20');
    expect(got[0]?.period).toMatchObject({ start: '2024-01', end: '2024-07' });
  });
});

describe('what a group of members did', () => {
  it('贡献产值 after a count of firms is those firms’ (a company group), not the park’s', () => {
    const got = run('一季度，园区首次纳统企业21家，贡献产值47亿元。', [hf], [], '2024-07-20');
    expect(got[1]).toMatchObject({
      subject: { kind: 'company', name: '首次纳统企业' },
      label: '贡献产值',
      value: { amount: 47 },
    });
  });

  it('投资完成率 after a count of projects is the projects’; dispatching them is no figure', () => {
    const got = run('园区每周调度28个市级重大工程，一季度投资完成率31.5%。', [hf], [], '2024-07-20');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ subject: { kind: 'company', name: '市级重大工程' }, label: '投资完成率' });
  });

  it('the park’s own output after a count of firms stays the park’s', () => {
    const got = run('一季度，园区首次纳统企业21家，园区实现产值300亿元。', [hf], [], '2024-07-20');
    expect(got[1]?.subject).toMatchObject({ kind: 'park', parkId: hf.id });
  });

  it('counts of an administration’s visits are dropped (走访企业200家)', () => {
    expect(run('上半年，园区走访企业200家，新增企业300家。', [hf], [], '2024-07-20')).toHaveLength(1);
  });
});

describe('classes and products inside the park', () => {
  it('其中外资企业248家 is the foreign-owned firms’ count (an industry), labelled by the count it breaks down', () => {
    const got = run('上半年，园区新设企业3000家，其中外资企业248家。', [hf], [], '2024-07-20');
    expect(got[0]?.subject.kind).toBe('park');
    expect(got[1]).toMatchObject({ subject: { kind: 'industry', name: '外资企业' }, label: '新设企业' });
  });

  it('without 其中 a count of new foreign firms stays the park’s', () => {
    expect(run('上半年，园区新设外资企业15家。', [hf], [], '2024-07-20')[0]?.subject.kind).toBe('park');
  });

  it('a product’s output is the product’s even with the park written as subject (全区…产量, 该区…产量)', () => {
    const got = run(
      '2024年，全区新能源汽车产量同比增长1.3倍。该区手机总产量达到1.2亿台。',
      [hf],
      [],
      '2025-03-17',
    );
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '新能源汽车' }, label: '产量' });
    expect(got[1]).toMatchObject({ subject: { kind: 'industry', name: '手机' }, label: '总产量' });
  });

  it('制造业 is an industry of the park, but the park’s investment broken down by it is the park’s', () => {
    const got = run('上半年，园区制造业增加值增长11.6%，制造业投资增长7%。', [hf], [], '2024-07-20');
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '制造业' }, label: '增加值' });
    expect(got[1]).toMatchObject({ subject: { kind: 'park' }, label: '制造业投资' });
  });
});

describe('places firms arrive in, brands and sub-areas', () => {
  it('firms counted as they arrive in another place (登陆某招商服务中心) are that place’s; arriving in the park leaves them the park’s', () => {
    const got = run(
      '今年以来，园区新增企业3000家，122家重点企业登陆城东招商服务中心，60家企业入驻合肥高新区。',
      [hf],
      [],
      '2021-04-20',
    );
    expect(got[1]).toMatchObject({
      subject: { kind: 'region', name: '城东招商服务中心' },
      value: { amount: 122 },
    });
    expect(got[2]?.subject).toMatchObject({ kind: 'park', parkId: hf.id });
  });

  it('a branch (某某芜湖分公司) is written by its parent’s name too, which then names the company', () => {
    const got = run(
      '前三季度，园区工业总产值412.5亿元。江北重工的新生产线已经满产，年产值有望达到80亿元。江北重工芜湖分公司的二期厂房也在建设中。',
      [hf],
      ['江北重工芜湖分公司'],
      '2014-10-20',
    );
    expect(got[1]?.subject).toMatchObject({ kind: 'company', name: '江北重工芜湖分公司' });
  });

  it('a sub-area named after the park (A区) is what 园区 means when a later paragraph opens with its name', () => {
    const got = run(
      '2015年，合肥高新区工业产值160亿元。合肥高新区A区和C区以标准厂房为主。\nA区的一位物业人员说，园区内在岗工人不到150人。',
      [hf],
      [],
      '2016-05-20',
    );
    expect(got[0]?.subject.kind).toBe('park');
    expect(got[1]).toMatchObject({ subject: { kind: 'region', name: 'A区' }, value: { amount: 150 } });
  });
});

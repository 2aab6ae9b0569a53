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
      '2023年，园区服务业增加值201.3亿元，同比增长29.8%；服务业增加值占GDP比重达32.3%，比上年提高1.3个百分点。',
      [hf],
      [],
      '2024-02-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      label: '服务业增加值',
      value: { amount: 201.3 },
      change: { kind: 'percent', value: 29.8 },
      share: { percent: 32.3, of: 'GDP' },
    });
  });

  it('a share that passed a threshold, then the share reached (首次突破30%，达到31.6%), is the share reached', () => {
    const got = run(
      '上半年，园区工业增加值53.3亿元，增长23.9%。工业增加值占全区生产总值比重首次突破30%，达到31.6%。',
      [hf],
      [],
      '2024-07-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.share).toEqual({ percent: 31.6, of: '全区生产总值' });
  });

  it('a share of another metric stays a row of its own', () => {
    const got = run(
      '上半年，园区营业收入300亿元，增长9%。工业增加值占全区生产总值比重达40%。',
      [hf],
      [],
      '2024-07-20',
    );
    expect(got).toHaveLength(2);
    expect(got[1]).toMatchObject({ label: '工业增加值', value: null, share: { percent: 40 } });
  });
});

describe('a ranked park’s figure', () => {
  it('takes the metric its own sentence names first (从工业增加值来看…为39.15亿元), not the sentence before’s', () => {
    const got = run(
      '从工业总产值来看，合肥经开区每平方公里实现工业总产值最多，为96.98亿元。从工业增加值来看，长沙经开区每平方公里实现工业增加值最多，为39.15亿元。其次为武汉经开区，每平方公里实现增加值32.89亿元。',
      [hfj, cs, wh],
      [],
      '2024-11-15',
    );
    expect(got.map((i) => i.label)).toEqual(['工业总产值', '工业增加值', '增加值']);
    expect(got[1]?.subject.parkId).toBe(cs.id);
  });
});

describe('截至目前 with a flow', () => {
  it('a growth of a flow up to now is the year so far, up to the year-to-date period the article reports', () => {
    const got = run(
      '截至目前，园区规模以上工业总产值同比增长35.2%。上半年新增市场主体1.3万家。截至目前，园区企业总数达6300家。',
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

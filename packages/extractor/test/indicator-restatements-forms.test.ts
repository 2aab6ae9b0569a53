import { describe, expect, it } from 'vitest';
import { pageRows, park, run } from './indicator-helpers.js';

const hf = park('合肥高新区');

describe('a park written without its city', () => {
  it('青岛前湾保税港区 … 前湾保税港区 is one park, also after 今年以来 (period words are no part of a name)', () => {
    const rows = pageRows(
      '今年以来，青岛前湾保税港区完成集装箱作业226万标箱。截至11月20日，今年以来前湾保税港区共出口集装箱98.7万标准箱，同比增长13%。',
      '2024-12-30',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ kind: 'park', park: rows[0]?.park, label: '出口集装箱' });
    expect(rows[1]?.value).toMatchObject({ amount: 98.7, unit: '万标准箱' });
  });

  it('a day the count was taken on before 今年以来 ends the span in its month', () => {
    const rows = pageRows('截至11月20日，今年以来合肥高新区共引进项目120个。', '2024-12-30');
    expect(rows[0]?.period).toMatchObject({ start: '2024-01', end: '2024-11' });
  });
});

describe('growth said again in multiples', () => {
  it('增长5.2倍 after 同比增长517.2% of the same metric adds no row; another growth stays', () => {
    const got = run(
      '1-5月，园区进出口额72.3亿元，同比增长517.2%。前5个月，园区进出口值增长5.2倍，出口增长2.1倍。',
      [hf],
      [],
      '2023-05-24',
    );
    expect(got.map((i) => i.change?.text)).toEqual(['同比增长517.2%', '增长2.1倍']);
  });

  it('a multiple of another metric, period or park is not a restatement', () => {
    const got = run('上半年，园区营收增长517.2%，利润增长5.2倍。', [hf], [], '2023-07-24');
    expect(got).toHaveLength(2);
  });
});

describe('numbers that count parks or a set', () => {
  it('a count of parks of a kind (自由贸易试验区总数) is no park’s figure', () => {
    expect(
      run('2023年，全国自由贸易试验区总数达22个，园区营收增长9%。', [hf], [], '2023-09-20'),
    ).toHaveLength(1);
  });

  it('the size of a set written with what defines it (在某部门推广的260项成果中) is no figure', () => {
    const got = run('在省里评出的120项改革案例中，园区入选了不少。园区营收增长9%。', [hf]);
    expect(got.map((i) => i.label)).toEqual(['营收']);
  });

  it('a planned count keeps its noun as label (重点项目规划537个)', () => {
    expect(run('今年，园区重点项目规划537个。', [hf], [], '2023-03-20')[0]?.label).toBe('重点项目');
  });
});

describe('wholes, contributions and attributes', () => {
  it('a park named as the whole a share divides (占某新区…的77%) does not become the next figures’ subject', () => {
    const rows = pageRows(
      '截至5月底，合肥高新区累计设立外资企业860户，占蜀山区同类企业的64%，实际到位外资21亿美元。',
      '2024-08-20',
    );
    expect(rows[1]).toMatchObject({ kind: 'park', park: '合肥高新区', label: '实际到位外资' });
  });

  it('贡献了全市44.2%的外贸进出口额 is a share of that metric, of the whole before the figure', () => {
    const got = run('1-8月，园区用全市3%的土地贡献了全市44.2%的外贸进出口额。', [hf], [], '2024-11-22');
    const row = got.find((i) => i.share?.percent === 44.2);
    expect(row).toMatchObject({ label: '外贸进出口额', share: { of: '全市' } });
  });

  it('贡献率 stays a contribution (no row)', () => {
    expect(run('上半年，园区对全市经济增长的贡献率为30%。', [hf], [], '2024-07-22')).toHaveLength(0);
  });

  it('how far a construction work has got (地基工程完成65%) is the work’s, not the park’s', () => {
    const got = run('目前，园区地基工程完成65%。', [hf], [], '2024-07-22');
    expect(got[0]?.subject).toMatchObject({ kind: 'company', name: '地基工程' });
  });

  it('a figure describing a destination (年接待超五百万人次度假目的地) is an attribute, not a statement', () => {
    expect(
      run('这座乐园是园区建设年接待超五百万人次度假目的地的核心工程。', [hf], [], '2024-07-22'),
    ).toHaveLength(0);
  });

  it('a bare magnitude defining the projects counted (17个制造业项目投资超亿元) is no value of its own', () => {
    const got = run('园区甲、乙等17个制造业项目投资超亿元。', [hf], [], '2024-07-22');
    expect(got.some((i) => i.value?.unit === '亿元')).toBe(false);
  });
});

describe('many parks taken together', () => {
  it('这27个国家级开发区, 中西部11家开发区, 湖北省内6个综保区: a group named after a demonstrative or a part of the country is a region; its count is part of its name', () => {
    const rows = pageRows(
      '上半年，这27个国家级开发区完成工业总产值3410.5亿元，增长12.8%。中西部11家国家级开发区完成工业总产值906.2亿元。湖北省内6个综合保税区进出口总额达1288.3亿元，其中出口702.6亿元。合肥高新区完成工业总产值500亿元。',
      '2024-08-10',
    );
    expect(rows.map((r) => [r.kind, r.label])).toEqual([
      ['region', '工业总产值'],
      ['region', '工业总产值'],
      ['region', '进出口总额'],
      ['region', '出口'],
      ['park', '工业总产值'],
    ]);
  });
});

describe('a growth listed alone, given again with its value', () => {
  it('…分别增长16.2%、27.4% then 外贸总额31.8亿美元，增长27.4%: one row of that figure', () => {
    const got = run(
      '1-7月，园区税收收入、外贸总额分别增长16.2%、27.4%。1-7月，园区外贸总额31.8亿美元，增长27.4%。',
      [hf],
      [],
      '2024-07-29',
    );
    expect(got.map((i) => [i.label, i.value?.amount ?? null, i.change?.value])).toEqual([
      ['税收收入', null, 16.2],
      ['外贸总额', 31.8, 27.4],
    ]);
  });

  it('a different growth of the same metric stays', () => {
    const got = run(
      '一季度，园区外贸总额增长12%。1-7月，园区外贸总额31.8亿美元，增长27.4%。',
      [hf],
      [],
      '2024-07-29',
    );
    expect(got).toHaveLength(2);
  });
});

describe('a breakdown in brackets', () => {
  it('外贸总值612亿元（出口…；进口…），增长71.3%，占全市的38.9%: the growth and share after the bracket are the total’s', () => {
    const got = run(
      '前三季度，园区外贸总值612亿元（出口318亿元，增长24.6%；进口294亿元，增长2.2倍），增长71.3%，占全市的38.9%。',
      [hf],
      [],
      '2014-04-28',
    );
    expect(got.map((i) => [i.label, i.value?.amount, i.change?.value, i.share?.percent ?? null])).toEqual([
      ['外贸总值', 612, 71.3, 38.9],
      ['出口', 318, 24.6, null],
      ['进口', 294, 2.2, null],
    ]);
  });

  it('an aside in brackets with no clause of its own changes nothing (营收增长(下同)9%，利润增长5%)', () => {
    const got = run('上半年，园区营收增长(下同)9%，利润增长5%。', [hf], [], '2024-07-28');
    expect(got.map((i) => [i.label, i.change?.value])).toEqual([
      ['营收', 9],
      ['利润', 5],
    ]);
  });
});

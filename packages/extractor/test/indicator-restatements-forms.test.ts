import { describe, expect, it } from 'vitest';
import { pageRows, park, run } from './indicator-helpers.js';

const hf = park('合肥高新区');

describe('a park written without its city', () => {
  it('青岛前湾保税港区 … 前湾保税港区 is one park, also after 今年以来 (period words are no part of a name)', () => {
    const rows = pageRows(
      '今年以来，青岛前湾保税港区集装箱吞吐量311万标箱。截至11月20日，今年以来前湾保税港区共进口集装箱159.4万标准箱，同比增长20%。',
      '2024-12-30',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ kind: 'park', park: rows[0]?.park, label: '进口集装箱' });
    expect(rows[1]?.value).toMatchObject({ amount: 159.4, unit: '万标准箱' });
  });

  it('a day the count was taken on before 今年以来 ends the span in its month', () => {
    const rows = pageRows('截至11月20日，今年以来合肥高新区共引进项目120个。', '2024-12-30');
    expect(rows[0]?.period).toMatchObject({ start: '2024-01', end: '2024-11' });
  });
});

describe('growth said again in multiples', () => {
  it('增长8.4倍 after 同比增长843.5% of the same metric adds no row; another growth stays', () => {
    const got = run(
      '今年前4个月，园区进出口额110.6亿元，同比增长843.5%。前4个月，园区进出口值增长8.4倍，进口增长1.6倍。',
      [hf],
      [],
      '2023-05-24',
    );
    expect(got.map((i) => i.change?.text)).toEqual(['同比增长843.5%', '增长1.6倍']);
  });

  it('a multiple of another metric, period or park is not a restatement', () => {
    const got = run('上半年，园区营收增长843.5%，利润增长8.4倍。', [hf], [], '2023-07-24');
    expect(got).toHaveLength(2);
  });
});

describe('numbers that count parks or a set', () => {
  it('a count of parks of a kind (自由贸易试验区总数) is no park’s figure', () => {
    expect(
      run('2023年，全国自由贸易试验区总数达到22个，园区营收增长9%。', [hf], [], '2023-09-20'),
    ).toHaveLength(1);
  });

  it('the size of a set written with what defines it (在某部门推广的260项成果中) is no figure', () => {
    const got = run('在有关部门向全国复制推广的260项制度创新成果中，园区贡献了不少。园区营收增长9%。', [hf]);
    expect(got.map((i) => i.label)).toEqual(['营收']);
  });

  it('a planned count keeps its noun as label (重点项目规划537个)', () => {
    expect(run('今年，园区重点项目规划537个。', [hf], [], '2023-03-20')[0]?.label).toBe('重点项目');
  });
});

describe('a share after its figure, the label misprinted', () => {
  it('第三产值增加值 (one character off) is still 第三产业增加值’s share', () => {
    const got = run(
      '上半年，园区第三产业增加值533.3亿元，增长23.9%。第三产值增加值占全区生产总值比重达到31.6%。',
      [hf],
      [],
      '2023-07-24',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.share?.percent).toBe(31.6);
  });
});

describe('wholes, contributions and attributes', () => {
  it('a park named as the whole a share divides (占某新区…的77%) does not become the next figures’ subject', () => {
    const rows = pageRows(
      '截至6月底，合肥高新区累计新设外资企业1200户，占蜀山区新设外资企业的77%，实到外资37亿美元。',
      '2024-08-20',
    );
    expect(rows[1]).toMatchObject({ kind: 'park', park: '合肥高新区', label: '实到外资' });
  });

  it('贡献了全市57.7%的外贸进出口额 is a share of that metric, of the whole before the figure', () => {
    const got = run(
      '1至10月，园区以不到百分之一的面积贡献了全市57.7%的外贸进出口额。',
      [hf],
      [],
      '2024-11-22',
    );
    const row = got.find((i) => i.share?.percent === 57.7);
    expect(row).toMatchObject({ label: '外贸进出口额', share: { of: '全市' } });
  });

  it('贡献率 stays a contribution (no row)', () => {
    expect(run('上半年，园区对全市经济增长的贡献率为30%。', [hf], [], '2024-07-22')).toHaveLength(0);
  });

  it('how far a construction work has got (桩基工程完成80%) is the work’s, not the park’s', () => {
    const got = run('目前，园区桩基工程完成80%。', [hf], [], '2024-07-22');
    expect(got[0]?.subject).toMatchObject({ kind: 'company', name: '桩基工程' });
  });

  it('a figure describing a destination (年客流量超千万人次旅游目的地) is an attribute, not a statement', () => {
    expect(
      run('该项目是园区打造年客流量超千万人次旅游目的地的重点项目。', [hf], [], '2024-07-22'),
    ).toHaveLength(0);
  });

  it('a bare magnitude defining the projects counted (31个工业项目投资超亿元) is no value of its own', () => {
    const got = run('园区甲、乙等31个工业项目投资超亿元。', [hf], [], '2024-07-22');
    expect(got.some((i) => i.value?.unit === '亿元')).toBe(false);
  });
});

describe('many parks taken together', () => {
  it('这49个国家级开发区, 东部沿海33家开发区, 广东省内13个综保区: a group named after a demonstrative or a part of the country is a region; its count is part of its name', () => {
    const rows = pageRows(
      '上半年，这49个国家级开发区实现工业总产值6692.63亿元，增长42.4%。东部沿海33家国家级开发区实现工业总产值6084.6亿元。广东省内13个综合保税区进出口总额达7086.74亿元，其中出口3429.24亿元。合肥高新区实现工业总产值500亿元。',
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
  it('…分别增长31.9%、42.7% then 进出口总额46.5亿美元，增长42.7%: one row of that figure', () => {
    const got = run(
      '上半年，园区财政收入、进出口总额分别增长31.9%、42.7%。上半年，园区进出口总额46.5亿美元，增长42.7%。',
      [hf],
      [],
      '2024-07-29',
    );
    expect(got.map((i) => [i.label, i.value?.amount ?? null, i.change?.value])).toEqual([
      ['财政收入', null, 31.9],
      ['进出口总额', 46.5, 42.7],
    ]);
  });

  it('a different growth of the same metric stays', () => {
    const got = run(
      '一季度，园区进出口总额增长12%。上半年，园区进出口总额46.5亿美元，增长42.7%。',
      [hf],
      [],
      '2024-07-29',
    );
    expect(got).toHaveLength(2);
  });
});

describe('a breakdown in brackets', () => {
  it('进出口总值743亿元（出口…；进口…），增长1.8倍，占全市的56.4%: the growth and share after the bracket are the total’s', () => {
    const got = run(
      '一季度，园区进出口总值743亿元（出口386亿元，增长103.5%；进口356.9亿元，增长3.5倍），增长1.8倍，占全市的56.4%。',
      [hf],
      [],
      '2014-04-28',
    );
    expect(got.map((i) => [i.label, i.value?.amount, i.change?.value, i.share?.percent ?? null])).toEqual([
      ['进出口总值', 743, 1.8, 56.4],
      ['出口', 386, 103.5, null],
      ['进口', 356.9, 3.5, null],
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

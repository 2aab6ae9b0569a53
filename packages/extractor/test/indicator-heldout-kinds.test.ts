import { describe, expect, it } from 'vitest';
import { pageRows, park, run } from './indicator-helpers.js';

const hf = park('合肥高新区');

describe('one figure per year of a span', () => {
  it('2016年至2018年，分别完成…a、b、c gives each figure its year', () => {
    const got = run(
      '2016年至2018年，园区分别完成地区生产总值236.3亿元、314.5亿元、365亿元。',
      [hf],
      [],
      '2018-12-20',
    );
    expect(got.map((i) => [i.value?.amount, i.period?.start, i.period?.end])).toEqual([
      [236.3, '2016-01', '2016-12'],
      [314.5, '2017-01', '2017-12'],
      [365, '2018-01', '2018-12'],
    ]);
  });

  it('a list that does not match the span’s years is not split by year', () => {
    const got = run('2016年至2018年，园区分别完成营收236.3亿元、314.5亿元。', [hf], [], '2018-12-20');
    expect(got.every((i) => i.period?.start !== '2016-01')).toBe(true);
  });
});

describe('asides and circumstances', () => {
  it('an aside in brackets between a verb and its figure (同比增长(下同)15%) leaves the change whole', () => {
    const got = run(
      '今年一季度，园区GDP同比增长(下同)15%，工业投资增长（按可比价计算）8%。',
      [hf],
      [],
      '2024-04-28',
    );
    expect(got.map((i) => [i.label, i.change?.value])).toEqual([
      ['GDP', 15],
      ['工业投资', 8],
    ]);
  });

  it('a park named in a 随着… circumstance does not become the subject of what follows', () => {
    const rows = pageRows(
      '一季度，合肥高新区实现营收500亿元。随着蜀山经开区一批企业投产，园区实现工业增加值206.25亿元，增长20.5%。',
      '2024-04-28',
    );
    expect(rows[1]).toMatchObject({ kind: 'park', park: '合肥高新区', label: '工业增加值' });
  });
});

describe('periods of flows dated at a month’s end', () => {
  it('截至9月底 with a growth against the year before is January to September; a stock stays the month', () => {
    const got = run(
      '截至9月底，园区累计完成固定资产投资28亿元，同比增长45.1%。截至9月底，园区企业总数达630家。',
      [hf],
      [],
      '2024-10-24',
    );
    expect(got.map((i) => [i.period?.start, i.period?.end])).toEqual([
      ['2024-01', '2024-09'],
      ['2024-09', '2024-09'],
    ]);
  });
});

describe('thresholds, counts of indicators, territory and units', () => {
  it('a money threshold defining a class of firms (税收500万元以上企业6家) is no figure; the count is', () => {
    const got = run('上半年，园区税收500万元以上企业6家。', [hf], [], '2021-07-20');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 6, unit: '家' } });
  });

  it('a count with 多 (集聚300多家高新技术企业) stays a count', () => {
    const got = run('园区已集聚300多家高新技术企业。', [hf], [], '2021-07-20');
    expect(got[0]?.value).toMatchObject({ amount: 300, approx: 'over' });
  });

  it('how many of the park’s indicators did something (24项主要经济指标中，7项增速全市第一) is no figure', () => {
    expect(run('上半年，全区24项主要经济指标中，7项增速全市第一。', [hf], [], '2023-07-20')).toHaveLength(0);
  });

  it('the park’s territory (建成面积12.83平方公里) is no economic figure', () => {
    expect(run('园区建成面积12.83平方公里，营收增长9%。', [hf], [], '2023-07-20')).toHaveLength(1);
  });

  it('亿度 of electricity is a quantity in kilowatt-hours', () => {
    const got = run('上半年，园区规上工业用电量6.42亿度，同比增长39.2%。', [hf], [], '2021-07-20');
    expect(got[0]?.value).toMatchObject({ amount: 6.42, unit: '亿度', base: { unit: 'Wh' } });
  });

  it('新设企业中外商投资企业185家 is that ownership class’s count', () => {
    const got = run('园区新设企业中外商投资企业185家。', [hf], [], '2021-07-20');
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '外商投资企业' }, label: '新设企业' });
  });
});

describe('a park named with a group of parks', () => {
  it('合肥高新区和六个省级工业园区 together are a region', () => {
    const rows = pageRows(
      '一季度，合肥高新区和六个省级工业园区完成工业产值184.3亿元。合肥高新区完成工业产值50亿元。',
      '2017-04-28',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'park']);
  });
});

describe('rises from a base, categories and sections', () => {
  it('从成立之初的54家增加到127家: the base is no row, the level reached takes the sentence’s metric', () => {
    const got = run('世界500强企业入驻园区的数量，也从成立之初的54家增加到127家。', [hf], [], '2014-04-28');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ label: '世界500强企业', value: { amount: 127 } });
  });

  it('宝石类商品进口从去年的零，激增至127.2亿元: a category’s figure, under the text’s period, not last year’s', () => {
    const got = run(
      '一季度，园区宝石类商品进口从去年的零，激增至127.2亿元。园区营收增长9%。',
      [hf],
      [],
      '2014-04-28',
    );
    expect(got[0]).toMatchObject({
      subject: { kind: 'industry', name: '宝石类商品' },
      label: '进口',
      period: { start: '2014-01', end: '2014-03' },
    });
    expect(got[1]?.period).toMatchObject({ start: '2014-01', end: '2014-03' });
  });

  it('sections of the industry classification (批发业, 零售业, 住宿业, 餐饮业) are industries', () => {
    const got = run(
      '前三季度，园区限额以上批发业完成销售额37.5亿元，增长0.7%，零售业完成销售额19.6亿元；住宿业完成营业额1.76亿元，餐饮业完成营业额1.42亿元。',
      [hf],
      [],
      '2024-10-25',
    );
    expect(got.map((i) => [i.subject.kind, i.subject.name])).toEqual([
      ['industry', '限额以上批发业'],
      ['industry', '零售业'],
      ['industry', '住宿业'],
      ['industry', '餐饮业'],
    ]);
  });

  it('a product’s shipments (笔记本电脑实现出货) are the product’s', () => {
    const got = run('一季度，园区笔记本电脑实现出货524.32万台，增长45%。', [hf], [], '2014-04-28');
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '笔记本电脑' }, label: '出货' });
  });

  it('特别是今年以来 names no subject: the figures after it stay the park’s', () => {
    const got = run('外资项目加快集聚，特别是今年以来，累计引进外资项目12个。', [hf], [], '2018-12-20');
    expect(got[0]?.subject.kind).toBe('park');
  });
});

describe('asides and bases of growth', () => {
  it('an alias aside (以下简称“综保区”) splits no group from its metric', () => {
    const rows = pageRows(
      '前三季度，广东省内13个综合保税区(以下简称“综保区”)进出口总额达7086.74亿元，同比增长15.5%。',
      '2025-10-20',
    );
    expect(rows[0]).toMatchObject({ kind: 'region', label: '进出口总额' });
  });

  it('在去年高基数的基础上 is what the figure grew on, not its period', () => {
    const got = run(
      '前三季度，园区财政收入在去年高基数的基础上仍保持了较快增长，大口径财政收入完成41270万元。',
      [hf],
      [],
      '2014-10-24',
    );
    expect(got[0]?.period).toMatchObject({ start: '2014-01', end: '2014-09' });
  });

  it('增速在45%以上 is a change held at a level', () => {
    const got = run('其中8户企业增速在45%以上。', [hf], [], '2014-10-24');
    expect(got[0]?.change).toMatchObject({ kind: 'percent', value: 45, approx: 'over' });
  });
});

describe('words that name no metric', () => {
  it('主要经济指标 / 多项指标 with a growth name no metric of their own', () => {
    expect(run('1-10月，园区主要经济指标保持两位数增长。', [hf], [], '2024-11-20')).toHaveLength(0);
    expect(
      run('园区工业增加值等多项指标继续保持了两位数的增长。', [hf], [], '2024-11-20').map((i) => i.label),
    ).not.toContain('多项指标');
  });

  it('a share moving from one level to another (比重从4.6%跃升至9.5%) and a forecast (将首次突破10%) add no level rows', () => {
    const got = run(
      '2024年，园区进出口值达86.18亿元，占全省外贸比重从4.6%跃升至9.5%，预计2025年将首次突破10%大关。',
      [hf],
      [],
      '2025-10-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.label).toBe('进出口值');
  });

  it('the count of parks after some were added (新增2个综保区后总数达13个) is no figure', () => {
    expect(run('新增2个综保区后总数达13个。', [hf], [], '2025-10-20')).toHaveLength(0);
  });

  it('firms of a size class counted (44户规模以上工业企业) are no group of firms but a class', () => {
    const got = run('1-11月，园区44户规模以上入园工业企业实现产值88亿元。', [hf], [], '2010-12-31');
    expect(got[0]?.subject.kind).not.toBe('company');
  });
});

describe('headings, a park known by its kind, rates and second shares', () => {
  it('a heading line between paragraphs (投资结构持续优化) is no part of the next figure’s label', () => {
    const got = run(
      '服务业增加值同比增长8.5%。\n投资结构持续优化\n固定资产投资同比增长5.3%。',
      [hf],
      [],
      '2023-11-13',
    );
    expect(got.map((i) => i.label)).toEqual(['服务业增加值', '固定资产投资']);
  });

  it('an article speaking of 保税区 more than of any park it names, none of that kind, is about that 保税区', () => {
    const rows = pageRows(
      '今年上半年，保税区经济继续保持快速增长。上半年，保税区完成工业总产值105亿元，增长59.9%。今年以来，保税区紧紧抓住滨海新区开发开放的历史机遇。保税区实际利用外资4.62亿美元。',
      '2006-07-29',
    );
    expect(rows.map((r) => r.park)).toEqual(['保税区', '保税区']);
  });

  it('增速与半年度持平: how a growth rate moved, with no metric named, is no row', () => {
    const got = run(
      '前三季度，园区实现地区生产总值662.29亿元，同比增长8.2%，增速与半年度持平。',
      [hf],
      [],
      '2023-11-13',
    );
    expect(got).toHaveLength(1);
  });

  it('占全国的41.4%，深圳的84.8%: a second whole of the same share makes no level row', () => {
    const got = run(
      '前三季度，园区合同利用外资100亿美元，占全国的41.4%，深圳的84.8%。',
      [hf],
      [],
      '2016-12-01',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.share?.percent).toBe(41.4);
  });

  it('sizes inside examples of projects (5万吨致密刚玉、…等项目已投产) are specs', () => {
    const got = run(
      '一季度，园区甲公司5万吨致密刚玉及1万吨蓝刚玉、安达科技新材料等项目已建成投产。',
      [hf],
      [],
      '2016-05-16',
    );
    expect(got).toHaveLength(0);
  });
});

describe('kinds of companies, long generic names, and a park with its satellite parks', () => {
  it('吸引跨国公司 names a kind of company, no company: the figures stay the park’s', () => {
    const rows = pageRows('上半年，合肥高新区大力吸引跨国公司投资，新批外资企业108家。', '2006-07-29');
    expect(rows[0]).toMatchObject({ kind: 'park', park: '合肥高新区' });
  });

  it('a report calling its park 经济开发区 with no place names it so', () => {
    const rows = pageRows('2007年，经济开发区实现国税开票92亿元，实现销售收入109.3亿元。', '2008-02-14');
    expect(rows.map((r) => [r.kind, r.park])).toEqual([
      ['park', '经济开发区'],
      ['park', '经济开发区'],
    ]);
  });

  it('“一区四园” together are a region; the park named after them is itself', () => {
    const rows = pageRows(
      '2007年，“一区四园”共完成国税开票销售收入170.43亿元。其中经济开发区实现国税开票92亿元。',
      '2008-02-14',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'park']);
  });
});

import { describe, expect, it } from 'vitest';
import { pageRows, park, run } from './indicator-helpers.js';

const hf = park('合肥高新区');

describe('one figure per year of a span', () => {
  it('2019年至2021年，分别实现…a、b、c gives each figure its year', () => {
    const got = run(
      '2019年至2021年，园区分别实现地区生产总值120.4亿元、133.9亿元、151亿元。',
      [hf],
      [],
      '2021-12-20',
    );
    expect(got.map((i) => [i.value?.amount, i.period?.start, i.period?.end])).toEqual([
      [120.4, '2019-01', '2019-12'],
      [133.9, '2020-01', '2020-12'],
      [151, '2021-01', '2021-12'],
    ]);
  });

  it('a list that does not match the span’s years is not split by year', () => {
    const got = run('2019年至2021年，园区分别实现营收120.4亿元、133.9亿元。', [hf], [], '2021-12-20');
    expect(got.every((i) => i.period?.start !== '2019-01')).toBe(true);
  });
});

describe('asides and circumstances', () => {
  it('an aside in brackets between a verb and its figure (同比增长(下同)11%) leaves the change whole', () => {
    const got = run(
      '今年前两个月，园区生产总值同比增长(下同)11%，技改投资增长（按现价计算）6%。',
      [hf],
      [],
      '2024-04-28',
    );
    expect(got.map((i) => [i.label, i.change?.value])).toEqual([
      ['生产总值', 11],
      ['技改投资', 6],
    ]);
  });

  it('a park named in a 随着… circumstance does not become the subject of what follows', () => {
    const rows = pageRows(
      '一季度，合肥高新区实现营收500亿元。随着蜀山经开区多家企业扩产，园区工业增加值达到88.4亿元，增长9.6%。',
      '2024-04-28',
    );
    expect(rows[1]).toMatchObject({ kind: 'park', park: '合肥高新区', label: '工业增加值' });
  });
});

describe('periods of flows dated at a month’s end', () => {
  it('截至8月底 with a growth against the year before is January to August; a stock stays the month', () => {
    const got = run(
      '截至8月底，园区累计完成技改投资13亿元，同比增长17.2%。截至8月底，园区企业总数达510家。',
      [hf],
      [],
      '2024-10-24',
    );
    expect(got.map((i) => [i.period?.start, i.period?.end])).toEqual([
      ['2024-01', '2024-08'],
      ['2024-08', '2024-08'],
    ]);
  });
});

describe('thresholds, counts of indicators, territory and units', () => {
  it('a money threshold defining a class of firms (纳税300万元以上企业9家) is no figure; the count is', () => {
    const got = run('上半年，园区纳税300万元以上企业9家。', [hf], [], '2021-07-20');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 9, unit: '家' } });
  });

  it('a count with 多 (汇聚200多家高新技术企业) stays a count', () => {
    const got = run('园区已汇聚200多家高新技术企业。', [hf], [], '2021-07-20');
    expect(got[0]?.value).toMatchObject({ amount: 200, approx: 'over' });
  });

  it('how many of the park’s indicators did something (18项主要经济指标中，5项增速位居全市首位) is no figure', () => {
    expect(run('上半年，全区18项主要经济指标中，5项增速位居全市首位。', [hf], [], '2023-07-20')).toHaveLength(
      0,
    );
  });

  it('the park’s territory (建成面积9.6平方公里) is no economic figure', () => {
    expect(run('园区建成面积9.6平方公里，营收增长9%。', [hf], [], '2023-07-20')).toHaveLength(1);
  });

  it('亿度 of electricity is a quantity in kilowatt-hours', () => {
    const got = run('前5个月，园区工业用电量3.18亿度，同比增长8.8%。', [hf], [], '2021-07-20');
    expect(got[0]?.value).toMatchObject({ amount: 3.18, unit: '亿度', base: { unit: 'Wh' } });
  });

  it('新设企业中外商投资企业185家 is that ownership class’s count', () => {
    const got = run('园区新设企业中外商投资企业185家。', [hf], [], '2021-07-20');
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '外商投资企业' }, label: '新设企业' });
  });
});

describe('a park named with a group of parks', () => {
  it('合肥高新区和四个市级工业园区 together are a region', () => {
    const rows = pageRows(
      '前两个月，合肥高新区和四个市级工业园区实现工业产值97.6亿元。合肥高新区实现工业产值40亿元。',
      '2017-04-28',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'park']);
  });
});

describe('rises from a base, categories and sections', () => {
  it('从设立之初的31家增加到88家: the base is no row, the level reached takes the sentence’s metric', () => {
    const got = run('入驻园区的上市公司数量，已从设立之初的31家增加到88家。', [hf], [], '2014-04-28');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 88 } });
  });

  it('钟表类商品出口从上年的零，猛增至36.5亿元: a category’s figure, under the text’s period, not last year’s', () => {
    const got = run(
      '一季度，园区钟表类商品出口从上年的零，猛增至36.5亿元。园区营收增长9%。',
      [hf],
      [],
      '2014-04-28',
    );
    expect(got[0]).toMatchObject({
      subject: { kind: 'industry', name: '钟表类商品' },
      label: '出口',
      period: { start: '2014-01', end: '2014-03' },
    });
    expect(got[1]?.period).toMatchObject({ start: '2014-01', end: '2014-03' });
  });

  it('sections of the industry classification (批发业, 零售业, 住宿业, 餐饮业) are industries', () => {
    const got = run(
      '1-8月，园区限额以上批发业实现销售额22.1亿元，增长4.3%；零售业实现销售额9.8亿元，住宿业实现营业额0.93亿元，餐饮业实现营业额2.05亿元。',
      [hf],
      [],
      '2024-09-25',
    );
    expect(got.map((i) => [i.subject.kind, i.subject.name])).toEqual([
      ['industry', '限额以上批发业'],
      ['industry', '零售业'],
      ['industry', '住宿业'],
      ['industry', '餐饮业'],
    ]);
  });

  it('a product’s shipments (平板电脑实现出货) are the product’s', () => {
    const got = run('上半年，园区平板电脑实现出货210.6万台，增长18%。', [hf], [], '2014-04-28');
    expect(got[0]).toMatchObject({ subject: { kind: 'industry', name: '平板电脑' }, label: '出货' });
  });

  it('特别是今年以来 names no subject: the figures after it stay the park’s', () => {
    const got = run('招商成效明显，特别是今年以来，园区新签约外资项目7个。', [hf], [], '2018-12-20');
    expect(got[0]?.subject.kind).toBe('park');
  });
});

describe('asides and bases of growth', () => {
  it('an alias aside (以下简称“综保区”) splits no group from its metric', () => {
    const rows = pageRows(
      '上半年，江西省内4个综合保税区(以下简称“综保区”)实现进出口总额312.8亿元，同比增长9.7%。',
      '2025-07-20',
    );
    expect(rows[0]).toMatchObject({ kind: 'region', label: '进出口总额' });
  });

  it('在去年高基数的基础上 is what the figure grew on, not its period', () => {
    const got = run(
      '前三季度，园区税收在去年高基数的基础上依然稳步增长，一般公共预算收入达到23650万元。',
      [hf],
      [],
      '2014-10-24',
    );
    expect(got[0]?.period).toMatchObject({ start: '2014-01', end: '2014-09' });
  });

  it('增速在30%以上 is a change held at a level', () => {
    const got = run('其中5户企业增速在30%以上。', [hf], [], '2014-10-24');
    expect(got[0]?.change).toMatchObject({ kind: 'percent', value: 30, approx: 'over' });
  });
});

describe('words that name no metric', () => {
  it('主要经济指标 / 多项指标 with a growth name no metric of their own', () => {
    expect(run('1-10月，园区主要经济指标保持两位数增长。', [hf], [], '2024-11-20')).toHaveLength(0);
    expect(
      run('园区工业增加值等多项指标继续保持了两位数的增长。', [hf], [], '2024-11-20').map((i) => i.label),
    ).not.toContain('多项指标');
  });

  it('a share moving from one level to another (比重从3.2%提升至6.8%) and a forecast (将首次突破8%) add no level rows', () => {
    const got = run(
      '2023年，园区进出口值达54.7亿元，占全省外贸比重从3.2%提升至6.8%，预计2024年将首次突破8%。',
      [hf],
      [],
      '2024-10-20',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.label).toBe('进出口值');
  });

  it('the count of parks after some were added (新增2个综保区后总数达13个) is no figure', () => {
    expect(run('新增2个综保区后总数达13个。', [hf], [], '2025-10-20')).toHaveLength(0);
  });

  it('firms of a size class counted (29户规模以上工业企业) are no group of firms but a class', () => {
    const got = run('1-9月，园区29户规模以上入园工业企业实现产值61亿元。', [hf], [], '2010-12-31');
    expect(got[0]?.subject.kind).not.toBe('company');
  });
});

describe('headings, a park known by its kind, rates and second shares', () => {
  it('a heading line between paragraphs (项目建设提速增效) is no part of the next figure’s label', () => {
    const got = run(
      '服务业增加值同比增长5.7%。\n项目建设提速增效\n固定资产投资同比增长7.4%。',
      [hf],
      [],
      '2023-11-13',
    );
    expect(got.map((i) => i.label)).toEqual(['服务业增加值', '固定资产投资']);
  });

  it('an article speaking of 保税区 more than of any park it names, none of that kind, is about that 保税区', () => {
    const rows = pageRows(
      '今年1-5月，保税区各项工作稳中有进。1-5月，保税区实现工业总产值62亿元，增长14.1%。今年以来，保税区主动融入两江新区开放大局。保税区合同外资2.31亿美元。',
      '2006-06-29',
    );
    expect(rows.map((r) => r.park)).toEqual(['保税区', '保税区']);
  });

  it('增速与半年度持平: how a growth rate moved, with no metric named, is no row', () => {
    const got = run(
      '1-8月，园区实现地区生产总值301.6亿元，同比增长6.9%，增速与1-7月持平。',
      [hf],
      [],
      '2023-09-13',
    );
    expect(got).toHaveLength(1);
  });

  it('占全国的27.6%，杭州的63.1%: a second whole of the same share makes no level row', () => {
    const got = run(
      '前三季度，园区合同利用外资46亿美元，占全国的27.6%，杭州的63.1%。',
      [hf],
      [],
      '2016-12-01',
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.share?.percent).toBe(27.6);
  });

  it('sizes inside examples of projects (3万吨特种陶瓷、…等项目已投产) are specs', () => {
    const got = run(
      '一季度，园区甲公司3万吨特种陶瓷及2万吨耐火材料、乙公司新型涂料等项目已建成投产。',
      [hf],
      [],
      '2016-05-16',
    );
    expect(got).toHaveLength(0);
  });
});

describe('kinds of companies, long generic names, and a park with its satellite parks', () => {
  it('吸引跨国公司 names a kind of company, no company: the figures stay the park’s', () => {
    const rows = pageRows('一季度，合肥高新区积极引进跨国公司地区总部，新设外资企业41家。', '2006-07-29');
    expect(rows[0]).toMatchObject({ kind: 'park', park: '合肥高新区' });
  });

  it('a report calling its park 经济开发区 with no place names it so', () => {
    const rows = pageRows(
      '2012年，经济开发区完成国税开票销售63亿元，完成工业销售收入71.8亿元。',
      '2008-02-14',
    );
    expect(rows.map((r) => [r.kind, r.park])).toEqual([
      ['park', '经济开发区'],
      ['park', '经济开发区'],
    ]);
  });

  it('“一区三园” together are a region; the park named after them is itself', () => {
    const rows = pageRows(
      '2012年，“一区三园”合计完成工业销售收入118.2亿元。其中经济开发区完成工业销售收入71.8亿元。',
      '2008-02-14',
    );
    expect(rows.map((r) => r.kind)).toEqual(['region', 'park']);
  });
});

describe('guards found in review', () => {
  it('firms arriving 园区内 stay the park’s', () => {
    const got = run('上半年，园区引进30家企业入驻园区内。', [hf], [], '2024-07-20');
    expect(got[0]?.subject).toMatchObject({ kind: 'park', parkId: hf.id });
  });

  it('a narrow column’s short wrapped line after a sentence end is no heading', () => {
    const got = run('上半年园区营收增长9%。\n园区规上工业增加\n值增长12%。', [hf], [], '2024-07-20');
    expect(got.map((i) => i.change?.value)).toEqual([9, 12]);
  });
});

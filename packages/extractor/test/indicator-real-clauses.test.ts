/**
 * Clauses as real reports write them: a period compared with, a balance at a period's end, growth computed
 * at comparable prices, a list of parks sharing one metric, 保持平稳, a breakdown of a region, a place joined
 * by a middle dot. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue, findParkMentions } from '../src/index.js';

function rows(text: string, date = '2024-04-20') {
  return extractIssue({ id: 'clause-test', publication: '测试', date, pages: [{ number: 1, text }] })
    .indicators;
}

describe('clauses of real reports', () => {
  it('reads a period after a comparison word as what is compared with', () => {
    const [a, b] = rows(
      '一季度，嘉兴湾新区地区生产总值95.2亿元，增长7.5%，增速高于上年同期、2023年全年0.3、0.6个百分点。规上工业增加值增长9.1%。',
    );
    expect(a?.period).toMatchObject({ start: '2024-01', end: '2024-03' });
    expect(b?.period).toMatchObject({ start: '2024-01', end: '2024-03' });
  });

  it('gives a balance the last month of its span', () => {
    const [r] = rows('2023年，嘉兴湾新区金融机构存款余额312.5亿元。');
    expect(r?.period).toMatchObject({ start: '2023-12', end: '2023-12' });
  });

  it('reads growth at comparable prices as the change of the figure before it', () => {
    const [r, ...rest] = rows('上半年，嘉兴湾新区实现地区生产总值210.5亿元，按可比价格计算同比增长6.3%。');
    expect(r?.change).toMatchObject({ kind: 'percent', value: 6.3 });
    expect(rest).toHaveLength(0);
  });

  it('gives each park of a list its figure of the metric written once', () => {
    const got = rows(
      '1-6月，其中甲溪经济技术开发区营业收入310.2亿元；乙港经济开发区205.6亿元，居全市第二。',
    ).map((i) => [i.label, i.value?.amount, i.subject.parkId]);
    expect(got).toHaveLength(2);
    expect(got[1]?.[0]).toBe('营业收入');
    expect(got[1]?.[1]).toBe(205.6);
    expect(got[1]?.[2]).not.toBe(got[0]?.[2]);
  });

  it('reads 保持平稳 as no change of zero', () => {
    expect(rows('嘉兴湾新区经济保持平稳较快增长，营业收入增长8%。').map((i) => i.change?.value)).toEqual([8]);
  });

  it('gives a breakdown after 其中 to the region just reported', () => {
    const got = rows('上半年全国进出口总值20.1万亿元，增长2.1%。其中出口11.5万亿元，增长3.2%。');
    expect(got.map((i) => i.subject.kind)).toEqual(['region', 'region']);
  });

  it('reads a registered name joined to a place by a middle dot as no park', () => {
    expect(findParkMentions('杭州·中关村创新中心').filter((m) => m.kind === 'registered')).toEqual([]);
  });

  it('reads a prefecture and its parks together as no park', () => {
    expect(
      findParkMentions('湘西州产业园区实现').filter(
        (m) => m.kind === 'registered' || m.kind === 'unregistered',
      ),
    ).toEqual([]);
  });
});

describe('figures real reports write in two steps', () => {
  it('takes the figure after a threshold passed (突破…，达…)', () => {
    const [r] = rows(
      '今年嘉兴湾港区集装箱吞吐量首次突破200万标箱，达到213.5万标箱，同比增长9.1%。',
      '2024-12-28',
    );
    expect(r?.value?.amount).toBe(213.5);
    expect(r?.change?.value).toBe(9.1);
  });

  it('reads a list of rates as levels, one for each', () => {
    const got = rows('截至5月底，嘉兴湾新区项目开工率、投产率和资金到位率分别达到85.5%、60%和42.25%。').map(
      (i) => [i.label, i.value?.amount],
    );
    expect(got).toEqual([
      ['项目开工率', 85.5],
      ['投产率', 60],
      ['资金到位率', 42.25],
    ]);
  });

  it('gives a figure with no words of its own the metric its sentence opened with', () => {
    const [r] = rows('全区财政总收入再创新高，达86.3亿元，同比增长11.2%。');
    // (全区 names the park, the subject; the metric is what follows it)
    expect(r).toMatchObject({ label: '财政总收入', value: { amount: 86.3 } });
  });

  it('reads 今年 in a January review of last year as that year', () => {
    const [, b] = rows(
      '2023年，嘉兴湾新区营业收入增长8%。今年新增入园项目62个，完成投资31.5亿元。',
      '2024-01-15',
    );
    expect(b?.period).toMatchObject({ start: '2023-01', end: '2023-12' });
  });
});

describe('what is no figure reached', () => {
  it('skips a target and a plan’s progress', () => {
    const got = rows(
      '上半年，嘉兴湾新区向年产值超千亿元的目标冲刺，完成投资28.5亿元，占全年计划的56.9%。',
    ).map((i) => [i.label, i.value?.text]);
    expect(got).toEqual([['投资', '28.5亿元']]);
  });

  it('reads an amount per area as a density with its unit', () => {
    const [r] = rows('上半年，嘉兴湾新区地均工业总产值达36.5亿元/平方公里。');
    expect(r?.value).toMatchObject({ amount: 36.5, unit: '亿元/平方公里', base: null });
  });
});

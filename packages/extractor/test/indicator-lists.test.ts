import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');
const row = (i: {
  label: string;
  change: { kind: string; value: number } | null;
  value: { amount: number } | null;
}) => [i.label, i.value?.amount ?? null, i.change ? `${i.change.kind}:${i.change.value}` : null];

describe('lists with 分别 and changes in points', () => {
  it('pairs lists joined by 、 and by 和 in order', () => {
    const out = run(
      '上半年，规上工业营业收入、利润总额分别增长9.4%和15.1%；工业投资、技改投资和民间投资分别增长11%、9%及6%。',
      [XZ],
    );
    expect(out.map(row)).toEqual([
      ['规上工业营业收入', null, 'percent:9.4'],
      ['利润总额', null, 'percent:15.1'],
      ['工业投资', null, 'percent:11'],
      ['技改投资', null, 'percent:9'],
      ['民间投资', null, 'percent:6'],
    ]);
  });

  it('gives a list of changes in a later clause to the listed values, in order', () => {
    const out = run('一季度，税收收入、一般公共预算收入分别为6.2亿元、4.05亿元，分别下降3.2%和1.5%。', [XZ]);
    expect(out.map(row)).toEqual([
      ['税收收入', 6.2, 'percent:-3.2'],
      ['一般公共预算收入', 4.05, 'percent:-1.5'],
    ]);
  });

  it('keeps a share’s change in points as the figure’s change when it has none of its own', () => {
    const out = run(
      '1-5月，园区进出口总额302.4亿元，其中出口额188.1亿元，占进出口总额的62.2%，占比较去年同期提高3.4个百分点。',
      [XZ],
    );
    const exp = out.find((i) => i.label === '出口额');
    expect(exp?.share).toEqual({ percent: 62.2, of: '进出口总额', approx: null });
    expect(exp?.change).toMatchObject({ kind: 'points', value: 3.4, basis: 'yoy' });
    const total = out.find((i) => i.label === '进出口总额');
    expect(total?.change).toBeNull();
  });

  it('reads 比上年 as the basis of a change, not as a period', () => {
    const out = run(
      '全年，战略性新兴产业产值占比达到45.3%，比上年提高2.2个百分点。全区新增企业120家。',
      [XZ],
      [],
      '2024-02-10',
    );
    expect(out[0]).toMatchObject({
      share: { percent: 45.3 },
      change: { kind: 'points', value: 2.2, basis: 'yoy' },
    });
    expect(out[1]!.period?.label).toBe('全年');
  });

  it('reads how a growth rate moved as the rate’s own row, beside the figure’s growth', () => {
    const out = run('前三季度，全区社会消费品零售总额同比增长7.5%，增速较上半年回落0.6个百分点。', [XZ]);
    expect(out.map(row)).toEqual([
      ['社会消费品零售总额', null, 'percent:7.5'],
      ['社会消费品零售总额增速', null, 'points:-0.6'],
    ]);
  });

  it('names what a share is of without the verb before the figure', () => {
    const out = run('服务业增加值占地区生产总值比重达到41%，同比提高0.7个百分点。', [XZ]);
    expect(out[0]).toMatchObject({
      subject: { kind: 'park' },
      label: '服务业增加值',
      share: { percent: 41, of: '地区生产总值' },
      change: { kind: 'points', value: 0.7 },
    });
  });
});

describe('a long list of metrics', () => {
  it('is split whole, even when an item holds 和 and the list is long', () => {
    const rows = run(
      '2019年，张江高新区工业增加值、建筑业增加值、软件和信息技术服务业营收分别增长9.2%、11%和42.5%。',
      [park('张江高新区')],
      [],
      '2020-01-20',
    );
    expect(rows.map((r) => [r.subject.kind, r.subject.name, r.label, r.change?.value])).toEqual([
      ['park', null, '工业增加值', 9.2],
      ['park', null, '建筑业增加值', 11],
      ['industry', '软件和信息技术服务业', '营收', 42.5],
    ]);
  });
});

describe('items that share one figure or one metric', () => {
  it('gives each item of a list written with 均 the one figure, with the words they share', () => {
    const rows = run('前10个月，张江高新区一般贸易、保税物流、加工贸易方式进出口同比增长均超过10%。', [
      park('张江高新区'),
    ]);
    expect(rows.map((r) => [r.label, r.change?.value, r.change?.approx])).toEqual([
      ['一般贸易方式进出口', 10, 'over'],
      ['保税物流方式进出口', 10, 'over'],
      ['加工贸易方式进出口', 10, 'over'],
    ]);
  });

  it('gives items before 等 the metric after it (对东盟、欧盟等新兴市场进出口分别增长…)', () => {
    const rows = run('前10个月，张江高新区对东盟、欧盟等新兴市场进出口分别增长约65%、75%。', [
      park('张江高新区'),
    ]);
    expect(rows.map((r) => [r.subject.kind, r.label, r.change?.value])).toEqual([
      ['park', '对东盟进出口', 65],
      ['park', '对欧盟进出口', 75],
    ]);
  });
});

describe('a change said of several figures at once', () => {
  it('gives 三项增长均… to each of the figures just counted', () => {
    const rows = run('前7个月，张江高新区进口肉类738批，货值3841万美元，两项增长均超过16倍。', [
      park('张江高新区'),
    ]);
    expect(rows.map((r) => [r.value?.text, r.change?.kind, r.change?.value])).toEqual([
      ['738批', 'multiple', 16],
      ['3841万美元', 'multiple', 16],
    ]);
  });

  it('makes no row of a summary with no metric of its own (主要经济指标增幅均超过20%)', () => {
    expect(run('今年前三季度，张江高新区主要经济指标增幅均超过20%。', [park('张江高新区')])).toEqual([]);
  });
});

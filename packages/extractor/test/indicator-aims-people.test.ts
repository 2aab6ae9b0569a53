import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('an aim is no result', () => {
  it('drops the figures after 力争 in their sentence, keeps the results before it', () => {
    const got = run(
      '去年，徐州高新区实现营业收入860亿元，增长11%。今年园区将加快转型，力争营业收入增长12%，规上工业增加值增长9%。',
      [xz],
      [],
      '2025-02-12',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 860 }, change: { value: 11 } });
  });

  it('an aim word in an earlier sentence does not reach a result', () => {
    const got = run(
      '园区目标是税收突破30亿元。一季度，园区税收收入7.4亿元，增长5.5%。',
      [xz],
      [],
      '2024-04-20',
    );
    expect(got.map((i) => i.value?.amount)).toEqual([7.4]);
  });
});

describe('how the park’s people are made up is population, not a figure', () => {
  it('drops shares of people by schooling or age, keeps the count of jobs', () => {
    const got = run(
      '2023年，园区研究生学历职工占比为18.4%，30岁以下人口比重37.9%；从业人员12.8万人，增长3.1%。',
      [xz],
      [],
      '2024-03-01',
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ value: { amount: 12.8, unit: '万人' }, change: { value: 3.1 } });
  });
});

describe('国家高新区 counted are many parks', () => {
  it('168家国家高新区 is a region whose totals go to no park', () => {
    const got = run(
      '前三季度，168家国家高新区实现营业收入35.2万亿元，同比增长8.1%。',
      [xz],
      [],
      '2024-11-20',
    );
    expect(got[0]?.subject).toMatchObject({ kind: 'region', name: '168家国家高新区' });
  });
});

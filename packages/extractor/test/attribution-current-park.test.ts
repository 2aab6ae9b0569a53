import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');
const sz = park('苏州高新区');

describe('the park the text is about now', () => {
  it('a park named as a subject without a figure owns the figures that follow', () => {
    const text =
      '徐州高新区去年实现营业收入2150亿元，同比增长7.5%。苏州高新区则在智能制造上持续发力。全年规上工业增加值同比增长9.4%，进出口总额810亿元。';
    const got = run(text, [xz, sz], [], '2025-02-17');
    const byLabel = (l: string) => got.find((i) => i.label === l);
    expect(byLabel('营业收入')?.subject.parkId).toBe(xz.id);
    expect(byLabel('规上工业增加值')?.subject).toMatchObject({ kind: 'park', parkId: sz.id });
    expect(byLabel('进出口总额')?.subject).toMatchObject({ kind: 'park', parkId: sz.id });
    expect(byLabel('规上工业增加值')?.period).toMatchObject({ start: '2024-01', end: '2024-12' });
  });

  it('园区 and 全区 refer to the park last named, not to the article’s first park', () => {
    const text =
      '徐州高新区上半年新增市场主体3200户。与此同时，苏州高新区加快布局新赛道，园区实际使用外资2.1亿美元，全区固定资产投资同比增长6.6%。';
    const got = run(text, [xz, sz]);
    expect(got.find((i) => i.label === '实际使用外资')?.subject.parkId).toBe(sz.id);
    expect(got.find((i) => i.label === '固定资产投资')?.subject.parkId).toBe(sz.id);
  });

  it('a park written as a place (落户…) does not switch', () => {
    const text = '徐州高新区一季度工业投资增长12%，多家企业从苏州高新区迁入，园区新增企业45家。';
    const got = run(text, [xz, sz], [], '2024-05-06');
    expect(got.find((i) => i.label.includes('新增企业'))?.subject.parkId).toBe(xz.id);
  });
});

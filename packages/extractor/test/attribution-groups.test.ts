import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');
const sz = park('苏州高新区');

describe('groups, industries and wider regions are not the park', () => {
  it('a group of enterprises (科技型中小企业) is not the park; 规模以上企业 is the park’s whole', () => {
    const got = run(
      '上半年，徐州高新区规模以上企业实现营业收入980亿元。科技型中小企业实现营业收入210亿元。',
      [xz],
    );
    expect(got[0]?.subject).toMatchObject({ kind: 'park', parkId: xz.id });
    expect(got[1]?.subject).toMatchObject({ kind: 'industry', name: '科技型中小企业' });
  });

  it('an industry’s 规模 is the industry’s', () => {
    const got = run('去年，园区智能装备产业规模突破600亿元。', [xz], [], '2024-02-05');
    expect(got[0]?.subject).toMatchObject({ kind: 'industry', name: '智能装备产业' });
  });

  it('a figure of the whole country is a region’s', () => {
    const got = run('该技术在全国累计推广应用面积3000万亩。', [xz]);
    expect(got[0]?.subject).toMatchObject({ kind: 'region', name: '全国' });
  });

  it('a park written inside the one containing it (新区+新城) is the subject of the sentence', () => {
    const got = run(
      '2023年，苏州高新区徐州高新区完成税收收入31.6亿元；社会消费品零售总额112亿元。',
      [sz, xz],
      [],
      '2024-02-05',
    );
    expect(got.map((i) => i.subject.parkId)).toEqual([xz.id, xz.id]);
  });
});

describe('changes measured against something other than last year', () => {
  it('年均增长 keeps 年均 in the change (basis other), not in the label', () => {
    const got = run('“十四五”以来，园区工业总产值年均增长7.2%。', [xz], [], '2025-03-03');
    expect(got[0]).toMatchObject({
      label: '工业总产值',
      change: { kind: 'percent', value: 7.2, basis: 'other', text: '年均增长7.2%' },
      period: { start: '2021-01', end: '2024-12' },
    });
  });

  it('较年初增长 is the change of the figure just given, not a figure labelled 较年初', () => {
    const got = run('截至9月末，园区有效发明专利拥有量1.82万件，较年初增长9.4%。', [xz], [], '2024-10-21');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      label: '有效发明专利拥有量',
      value: { amount: 1.82, unit: '万件' },
      change: { value: 9.4 },
    });
  });
});

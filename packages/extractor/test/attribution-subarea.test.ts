import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a sub-area named as a subject', () => {
  it('园区 in the next clauses is the sub-area, not the park', () => {
    const got = run(
      '近日，徐州高新区智能制造产业园迎来首批企业入驻，园区规划面积约2.5平方公里，首批入驻企业23家。',
      [xz],
    );
    expect(got).toHaveLength(2);
    for (const g of got) expect(g.subject).toMatchObject({ kind: 'region', name: '智能制造产业园' });
  });

  it('a new paragraph returns 园区 to the park', () => {
    const got = run('徐州高新区生命科学园揭牌，园区入驻企业12家。\n上半年，园区营业收入增长8%。', [xz]);
    expect(got[0]?.subject).toMatchObject({ kind: 'region', name: '生命科学园' });
    expect(got[1]?.subject.kind).toBe('park');
  });
});

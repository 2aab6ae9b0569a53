import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('the three sectors and industry as a whole open a clause about the park', () => {
  it('第二产业实现增加值 is the park’s own row, not an industry’s', () => {
    const got = run(
      '一季度，徐州高新区实现地区生产总值88.6亿元。其中，第一产业实现增加值0.37亿元；第二产业实现增加值51.4亿元，增长6.6%；工业完成增加值40.2亿元，增长7.1%。',
      [xz],
    );
    expect(got).toHaveLength(4);
    for (const g of got) expect(g.subject.kind).toBe('park');
  });

  it('a named industry opening its clause is still that industry', () => {
    const got = run('徐州高新区前三季度新材料产业实现产值63.5亿元，增长12.2%。', [xz]);
    expect(got[0]?.subject).toMatchObject({ kind: 'industry' });
  });
});

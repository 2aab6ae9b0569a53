import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('止X月底 is 截至 a month’s end', () => {
  it('a flow with its growth under it runs from January to that month', () => {
    const got = run('徐州高新区止七月底累计完成营业收入93.7亿元，同比增长11%。', [xz], [], '2023-08-20');
    expect(got[0]?.period).toMatchObject({ start: '2023-01', end: '2023-07' });
    const digits = run('止4月底，徐州高新区规上工业产值完成40.6亿元，同比增长5.5%。', [xz], [], '2023-05-20');
    expect(digits[0]?.period).toMatchObject({ start: '2023-01', end: '2023-04' });
  });

  it('a stock under it is that month alone', () => {
    const got = run('止七月底，徐州高新区市场主体总数达到1.2万户。', [xz], [], '2023-08-20');
    expect(got[0]?.period).toMatchObject({ start: '2023-07', end: '2023-07' });
  });
});

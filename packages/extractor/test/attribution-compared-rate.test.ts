import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a rate set against a wider place is no subject for the clauses after it', () => {
  it('增速高于全市 leaves the next clause the park’s', () => {
    const got = run(
      '去年，徐州高新区工业增加值增长9.3%，增速高于全市2.2个百分点；完成进出口总额71.5亿元，增长6.4%。',
      [xz],
    );
    const trade = got.find((g) => g.label.includes('进出口'));
    expect(trade?.subject.kind).toBe('park');
  });
});

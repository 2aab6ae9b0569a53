import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a comparison with no figure before it', () => {
  it('规上工业总产值增速高于全市2.4个百分点 is the metric’s park row with a comparison and no change', () => {
    const got = run('前三季度，园区规上工业总产值增速高于全市2.4个百分点。', [xz], [], '2024-10-28');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      subject: { kind: 'park' },
      change: null,
      value: null,
      comparison: { against: '全市', kind: 'points', value: 2.4 },
    });
    expect(got[0]?.label.startsWith('规上工业总产值')).toBe(true);
  });

  it('a 增速 comparison after a figure still goes to that figure', () => {
    const got = run('园区进出口总额增长9%，增速低于全省1.5个百分点。', [xz]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ change: { value: 9 }, comparison: { against: '全省', value: -1.5 } });
  });
});

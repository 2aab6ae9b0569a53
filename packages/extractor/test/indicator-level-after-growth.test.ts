import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a level written after its metric’s growth is that metric’s value', () => {
  it('总量 after a growth is the growth’s metric', () => {
    const got = run('去年，徐州高新区技改投资增长16.4%，总量超过120亿元。', [xz], [], '2025-02-12');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      label: '技改投资',
      value: { amount: 120, unit: '亿元', approx: 'over' },
      change: { kind: 'percent', value: 16.4 },
    });
  });

  it('a level with a metric of its own stays its own row', () => {
    const got = run('去年，徐州高新区技改投资增长16.4%，工业投资总额86亿元。', [xz], [], '2025-02-12');
    expect(got).toHaveLength(2);
    expect(got[1]).toMatchObject({ value: { amount: 86 }, change: null });
  });
});

describe('国家高新区 standing alone is the national set of parks', () => {
  it('its figures are a region’s, not the park the text is about', () => {
    const got = run(
      '徐州高新区发展良好。前三季度，国家高新区新注册企业31.2万家，同比增长9.3%。',
      [xz],
      [],
      '2024-11-20',
    );
    expect(got[0]?.subject).toMatchObject({ kind: 'region', name: '国家高新区' });
  });
});

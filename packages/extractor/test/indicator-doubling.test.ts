import { describe, expect, it } from 'vitest';
import { readDoubling } from '../src/steps/parse-change.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('翻番: doubled N times is a growth multiple of 2^N − 1', () => {
  it('reads 翻一番, 翻了一番, 翻番, 翻两番, 翻三番 with the comparison word as basis', () => {
    expect(readDoubling('产值同比翻了一番', 0, 8)).toMatchObject({ multiple: 1, basis: 'yoy', start: 2 });
    expect(readDoubling('营收翻番', 0, 4)).toMatchObject({ multiple: 1, basis: null });
    expect(readDoubling('产量翻两番', 0, 5)).toMatchObject({ multiple: 3 });
    expect(readDoubling('规模比上年翻了三番', 0, 9)).toMatchObject({ multiple: 7, basis: 'yoy' });
    expect(readDoubling('翻译人员', 0, 4)).toBeNull();
  });

  it('gives the change of the metric, beside its value', () => {
    const got = run('今年以来，园区跨境电商出口额同比翻了一番，工业产值翻两番。', [xz], [], '2024-07-15');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({
      label: '跨境电商出口额',
      change: { kind: 'multiple', value: 1, basis: 'yoy' },
    });
    expect(got[1]).toMatchObject({ label: '工业产值', change: { kind: 'multiple', value: 3 } });
    const v = run('园区营收达到120亿元，比上年翻了一番。', [xz]);
    expect(v[0]).toMatchObject({ value: { amount: 120 }, change: { kind: 'multiple', value: 1 } });
  });
});

describe('带动 + a growth in percent or 倍 is what was driven, not a contribution', () => {
  it('带动全区新能源汽车产量同比增长1.3倍 is that product’s row (an industry of the park)', () => {
    const got = run(
      '其中，远东汽车有限公司全年交付新车8.5万辆，带动全区新能源汽车产量同比增长1.3倍。',
      [xz],
      [],
      '2025-03-17',
    );
    const row = got.find((g) => g.subject.name === '新能源汽车');
    expect(row).toMatchObject({
      subject: { kind: 'industry' },
      label: '产量',
      change: { kind: 'multiple', value: 1.3 },
    });
    expect(got.find((g) => g.label === '交付新车')?.subject.kind).toBe('company');
  });

  it('拉动…增长2.1个百分点 stays a contribution (no row)', () => {
    const got = run('园区投资增长12%，拉动全市投资增长2.1个百分点。', [xz]);
    expect(got).toHaveLength(1);
    expect(got[0]?.change).toMatchObject({ kind: 'percent', value: 12 });
  });
});

import { describe, expect, it } from 'vitest';
import { compactLines, stripSubjectLeadIn } from '../src/indicators.js';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('a share that rose to a level', () => {
  it('占比提高到近七成 is a share of 70 (not a change of +70%)', () => {
    const got = run('去年，园区民营经济税收占比提高到近七成。', [xz], [], '2024-02-05');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ label: '民营经济税收占比', share: { percent: 70 }, change: null });
  });

  it('比重上升至58.4% is a share; 比重提高2个百分点 stays a change', () => {
    const a = run('上半年，园区高新技术产业产值比重上升至58.4%。', [xz]);
    expect(a[0]).toMatchObject({ share: { percent: 58.4 }, change: null });
    const b = run('上半年，园区高新技术产业产值比重提高2个百分点。', [xz]);
    expect(b[0]?.change).toMatchObject({ kind: 'points', value: 2 });
  });
});

describe('exported helpers', () => {
  it('compactLines joins a figure broken over lines and maps offsets back', () => {
    const c = compactLines('产值658.4亿\n元，增长5%');
    expect(c.text).toBe('产值658.4亿元，增长5%');
    expect(c.pos[c.text.indexOf('元')]).toBe(9);
  });

  it('stripSubjectLeadIn drops a locative lead-in', () => {
    expect(stripSubjectLeadIn('位于某某高新区的智造产业园')).toBe('智造产业园');
  });
});

describe('labels from quoted speech', () => {
  it('a quote mark, 我们的 and the adverbs before the verb are not in the label', () => {
    const got = run('“我们的研发费用已经连续五年保持在3亿元以上。”该公司负责人说。', [xz]);
    expect(got[0]?.label).toBe('研发费用');
  });
});

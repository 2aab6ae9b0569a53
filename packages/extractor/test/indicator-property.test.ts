import fc from 'fast-check';
import { IndicatorSchema } from '@parkbrief/domain';
import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');
const PIECES = [
  '上半年',
  '，',
  '。',
  '；',
  '增长',
  '下降',
  '18.3%',
  '亿元',
  '万',
  '3亿5千万元',
  '该企业',
  '有限公司',
  '“',
  '”',
  '占',
  '比重',
  '高于',
  '个百分点',
  '、',
  '1-7月',
  '徐州高新区',
  '十余家',
  '过亿元',
  '\n',
  '２３',
  '％',
];

describe('extractIndicators on any input', () => {
  it('returns valid indicators whose evidence holds, for random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join('')),
        ),
        (text) => {
          const out = run(text, [XZ]);
          for (const i of out) {
            IndicatorSchema.parse(i);
            expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('handles long and binary-looking input', { timeout: 30000 }, () => {
    const long =
      '上半年，园区营业收入增长10%，'.repeat(5000) + '\u0000\uffff'.repeat(1000) + '1'.repeat(50000);
    const out = run(long, [XZ]);
    expect(out.length).toBeGreaterThan(0);
    expect(run('\ud800\udfff\u0000', [XZ])).toEqual([]);
  });
});

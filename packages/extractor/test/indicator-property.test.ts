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

  it(
    'reads long runs of the constructs that look back or ahead (brackets, rises, up-to-now flows, sub-areas) in one pass',
    { timeout: 30000 },
    () => {
      // each sentence would make a quadratic reading look back over everything before it: 4,000 of each
      const sentences = [
        '截至目前，园区工业总产值同比增长5%。',
        '进出口总值7亿元（出口3亿元，增长3%；进口4亿元），增长8%，占全市的5%。',
        '园区上市公司从设立之初的12家增加到40家。',
        '徐州高新区A区和D区以标准厂房为主，园区内在岗工人不到90人。',
        '甲、乙等17个制造业项目投资超亿元，纳税300万元以上企业9家。',
      ];
      const long = sentences.map((t) => t.repeat(4000)).join('\n');
      const out = run(long, [XZ], [], '2024-08-20');
      expect(out.length).toBeGreaterThan(4000);
    },
  );
});

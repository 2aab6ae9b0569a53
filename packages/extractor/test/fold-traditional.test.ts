import { REGISTRY, nameForms } from '@parkbrief/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParkMentions, foldTraditional } from '../src/index.js';

describe('foldTraditional', () => {
  it('folds a traditional sentence to simplified, character for character', () => {
    const printed = '據初步統計，長春新區前三季度實現地區生產總值逾八百億元，同比增長百分之七點五。';
    const folded = foldTraditional(printed);
    expect(folded).toBe('据初步统计，长春新区前三季度实现地区生产总值逾八百亿元，同比增长百分之七点五。');
    expect(folded.length).toBe(printed.length);
  });

  it('keeps offsets: every character is at the same place in the folded and the printed text', () => {
    const printed = '園區規上工業產值達到12.3億元，較上年同期增長8.4%；其中電子資訊產業佔比近四成。';
    const folded = foldTraditional(printed);
    expect(folded.length).toBe(printed.length);
    const at = folded.indexOf('12.3亿元');
    expect(at).toBeGreaterThan(0);
    expect(printed.slice(at, at + '12.3億元'.length)).toBe('12.3億元');
    for (let i = 0; i < printed.length; i++) {
      if (folded[i] !== printed[i]) expect(foldTraditional(printed[i]!)).toBe(folded[i]);
    }
  });

  it('returns simplified, Latin and digit text unchanged (the very same string)', () => {
    const simplified = '开发区一季度进出口总额增长12%，其中出口额约3.5亿美元（下同）。GDP 100 亿元';
    expect(foldTraditional(simplified)).toBe(simplified);
    expect(foldTraditional('')).toBe('');
  });

  it('folds Hong Kong variant forms through OpenCC’s variant table', () => {
    // 衞 (HK) → 衛 (OpenCC traditional) → 卫
    expect(foldTraditional('衞生')).toBe('卫生');
  });

  it('keeps astral characters and lone surrogates intact', () => {
    const text = '𠮷野家在區內開店\uD842區';
    const folded = foldTraditional(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('𠮷野家在区内开店\uD842区');
  });

  it('never changes length, and folding twice changes nothing more (any text)', () => {
    const chars = '長春新區億元增長發展經濟開發區園區綜合保稅區臺灣為裡著乾么于后里台发' + 'abc 123。，𠮷';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars.split('')), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const once = foldTraditional(text);
        expect(once.length).toBe(text.length);
        expect(foldTraditional(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(foldTraditional(text).length).toBe(text.length);
      }),
    );
  });

  it('leaves every name form of the registry as it is, so folded text matches the registry', () => {
    for (const entry of REGISTRY)
      for (const form of nameForms(entry)) expect(foldTraditional(form), form).toBe(form);
  });

  it('makes a park written in traditional characters the same park as in simplified text', () => {
    const printed = '今年以來，徐州高新區引進項目四十個。';
    const folded = foldTraditional(printed);
    const traditional = findParkMentions(folded);
    const simplified = findParkMentions('今年以来，徐州高新区引进项目四十个。');
    expect(traditional.map((m) => m.parkId)).toEqual(simplified.map((m) => m.parkId));
    expect(traditional.length).toBeGreaterThan(0);
    const m = traditional[0]!;
    expect(printed.slice(m.start, m.end)).toBe('徐州高新區');
  });
});

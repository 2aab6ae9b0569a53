import { describe, expect, it } from 'vitest';
import { compactLines } from '../src/steps/split-sentences.js';
import { park, run } from './indicator-helpers.js';

const XZ = park('徐州高新区');

describe('line breaks a narrow column leaves inside sentences', () => {
  it('compacts in-sentence breaks and maps every character back', () => {
    const src = '上半年，园区实现营业\n收入35.2亿\n 元。\n下半年继续。';
    const c = compactLines(src);
    expect(c.text).toBe('上半年，园区实现营业收入35.2亿元。\n下半年继续。');
    for (let i = 0; i < c.text.length; i++) expect(src[c.pos[i]!]).toBe(c.text[i]);
    expect(c.pos[c.text.length]).toBe(src.length);
  });

  it('keeps breaks after a sentence end and blank lines', () => {
    expect(compactLines('第一段。\n第二段').text).toBe('第一段。\n第二段');
    expect(compactLines('小标题\n\n正文').text).toBe('小标题\n\n正文');
  });

  it('reads figures and lists broken across lines, evidence pointing into the printed text', () => {
    const text =
      '一季度，徐州高\n新区规模以上工业增加\n值、社会消费品零售总额分别同比增长7.4%、\n5.9%，实际使用外资1.3亿\n美元。';
    const out = run(text, [XZ], [], '2023-05-10');
    expect(out.map((i) => [i.subject.kind, i.label, i.change?.value ?? i.value?.amount])).toEqual([
      ['park', '规模以上工业增加值', 7.4],
      ['park', '社会消费品零售总额', 5.9],
      ['park', '实际使用外资', 1.3],
    ]);
    expect(out[2]!.value).toMatchObject({ unit: '亿美元', text: '1.3亿美元' });
    for (const i of out) expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
  });
});

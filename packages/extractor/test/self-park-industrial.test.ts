/**
 * A county's industrial park reporting on itself: 工业园区 in its title, 园区 after. Sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';

function extract(text: string) {
  return extractIssue({ id: 'self', publication: '测试', date: '2022-02-15', pages: [{ number: 1, text }] });
}

describe('a 工业园区 naming itself', () => {
  it('is named by the fuller generic word it uses', () => {
    const ex = extract(
      '2021年工业园区经济运行分析\n2021年，工业园区管委会围绕年初目标狠抓落实。园区工业总产值累计58.3亿元，比上年增长7.2%。',
    );
    expect(ex.parks.map((p) => p.name)).toEqual(['工业园区']);
    expect(ex.indicators[0]?.subject).toMatchObject({ kind: 'park' });
  });

  it('keeps 园区 when that is all the text says', () => {
    const ex = extract('1-5月，园区工业产值12.4亿元，较上年同期增长5.1%。');
    expect(ex.parks.map((p) => p.name)).toEqual(['园区']);
  });
});

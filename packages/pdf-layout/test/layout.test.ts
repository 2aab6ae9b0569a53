/** The layout reading on positioned runs made here: columns, titles, bylines, captions, fake bold, spacing. */
import { describe, expect, it } from 'vitest';
import { collapseSpaces, joinLines, layoutPage, type TextRun } from '../src/index.js';

const PAGE_HEIGHT = 800;

/** Lines of a column: each line one run, `pitch` apart, from `y` down. */
function column(
  lines: readonly string[],
  x: number,
  y: number,
  opts: { size?: number; font?: string; pitch?: number; width?: number; indentFirst?: boolean } = {},
): TextRun[] {
  const size = opts.size ?? 10;
  const pitch = opts.pitch ?? size * 1.5;
  return lines.map((str, i) => ({
    str,
    x: x + (i === 0 && opts.indentFirst ? 2 * size : 0),
    y: y - i * pitch,
    width: Math.min(opts.width ?? 200, str.length * size),
    size,
    font: opts.font ?? 'body',
  }));
}

const full = (n: number, ch: string): string => ch.repeat(n);

describe('layoutPage', () => {
  it('reads a headline spanning two columns, then the first column, then the second', () => {
    const runs = [
      { str: '园区经济稳步增长', x: 40, y: 700, width: 360, size: 24, font: 'head' },
      ...column([full(18, '甲'), full(20, '乙'), '丙丙丙。'], 40, 660, { indentFirst: true }),
      ...column([full(20, '丁'), '戊戊。'], 260, 660),
    ];
    const layout = layoutPage(runs, PAGE_HEIGHT);
    const lines = layout.text.split('\n');
    expect(lines[0]).toBe('园区经济稳步增长');
    // The first column's paragraph runs on into the second column (no indent, the line before was full).
    expect(lines[1]).toBe(`${full(18, '甲')}${full(20, '乙')}丙丙丙。`);
    expect(lines[2]).toBe(`${full(20, '丁')}戊戊。`);
    expect(layout.blocks).toEqual([
      { role: 'headline', line: 0, lines: 1, article: 0 },
      { role: 'body', line: 1, lines: 2, article: 0 },
    ]);
    expect(layout.columns).toBe(2);
  });

  it('gives each article the body under its own headline, in the columns the headline spans', () => {
    const runs = [
      // Article A over columns 1–2, article B in column 3, headlines at one height.
      { str: '甲园区上半年产值增长', x: 40, y: 700, width: 300, size: 20, font: 'head' },
      { str: '乙开发区外贸', x: 480, y: 700, width: 120, size: 20, font: 'head' },
      ...column([full(20, '甲'), full(20, '甲'), '甲。'], 40, 660),
      ...column([full(20, '子'), '子。'], 260, 660),
      ...column([full(10, '乙'), '乙。'], 480, 660, { width: 100 }),
    ];
    const layout = layoutPage(runs, PAGE_HEIGHT);
    const byArticle = new Map<number, string[]>();
    const lines = layout.text.split('\n');
    for (const b of layout.blocks)
      if (b.article !== null)
        byArticle.set(b.article, [
          ...(byArticle.get(b.article) ?? []),
          ...lines.slice(b.line, b.line + b.lines),
        ]);
    const articles = [...byArticle.values()];
    expect(articles).toHaveLength(2);
    expect(articles.find((a) => a[0] === '甲园区上半年产值增长')?.join('')).toContain('子子。');
    expect(articles.find((a) => a[0] === '乙开发区外贸')?.join('')).not.toContain('子');
  });

  it('reads a headline drawn twice (fake bold) once', () => {
    const title = '高新区经济运行稳中有进';
    const runs = [
      { str: title, x: 40, y: 700, width: 220, size: 20, font: 'head' },
      { str: title, x: 40.4, y: 699.7, width: 220, size: 20, font: 'head' },
      ...column([full(20, '甲'), '甲。'], 40, 660),
    ];
    const layout = layoutPage(runs, PAGE_HEIGHT);
    expect(layout.text.split('\n')[0]).toBe(title);
    expect(layout.doubledRuns).toBe(1);
  });

  it('finds a byline under the headline, a caption in smaller type and the page header', () => {
    const runs = [
      { str: '科技园区周报', x: 40, y: 780, width: 60, size: 8, font: 'head' },
      { str: '2024年7月22日', x: 300, y: 780, width: 60, size: 8, font: 'head' },
      { str: '开发区跑出加速度', x: 40, y: 740, width: 200, size: 20, font: 'head' },
      { str: '本报记者 王明', x: 40, y: 712, width: 70, size: 10, font: 'kai' },
      ...column([full(20, '甲'), full(20, '甲'), '甲。'], 40, 690),
      { str: '图为园区一角。', x: 40, y: 560, width: 70, size: 8, font: 'kai' },
      { str: '摄影：李华', x: 40, y: 548, width: 50, size: 8, font: 'kai' },
      ...column([full(20, '乙'), '乙。'], 40, 520),
    ];
    const layout = layoutPage(runs, PAGE_HEIGHT);
    const lines = layout.text.split('\n');
    const role = (r: string) =>
      layout.blocks.filter((b) => b.role === r).flatMap((b) => lines.slice(b.line, b.line + b.lines));
    expect(role('header')).toEqual(['科技园区周报', '2024年7月22日']);
    expect(role('headline')).toEqual(['开发区跑出加速度']);
    expect(role('byline')).toEqual(['本报记者 王明']);
    expect(role('caption')).toEqual(['图为园区一角。', '摄影：李华']);
    // The body runs on past the photo: one article, text before and after it.
    expect(role('body').join('')).toContain('甲。');
    expect(role('body').join('')).toContain('乙。');
    expect(new Set(layout.blocks.filter((b) => b.article !== null).map((b) => b.article)).size).toBe(1);
  });

  it('opens an article without a title for text with nothing above it', () => {
    const runs = [...column([full(20, '甲'), '甲。'], 40, 700), ...column([full(20, '乙'), '乙。'], 40, 600)];
    const layout = layoutPage(runs, PAGE_HEIGHT);
    // A wide gap between the two runs of text in one column: two items, neither with a headline.
    expect(layout.blocks.filter((b) => b.role === 'body').map((b) => b.article)).toEqual([0, 1]);
    expect(layout.blocks.some((b) => b.role === 'headline')).toBe(false);
  });
});

describe('spacing and joining', () => {
  it('drops justified spacing between Chinese characters and keeps one space between Latin words', () => {
    expect(collapseSpaces('上 高 新 企 业 实 现 总 收 入 28365.6 亿')).toBe('上高新企业实现总收入28365.6亿');
    expect(collapseSpaces('OCTOPUS   semiconductor  cleaning 设备')).toBe(
      'OCTOPUS semiconductor cleaning设备',
    );
  });

  it('joins Chinese lines with nothing, Latin words with a space, a hyphenated word whole', () => {
    expect(joinLines(['园区实现产值', '31.7亿元。'])).toBe('园区实现产值31.7亿元。');
    expect(joinLines(['semiconductor', 'cleaning'])).toBe('semiconductor cleaning');
    expect(joinLines(['OCTO-', 'PUS平台'])).toBe('OCTOPUS平台');
  });
});

/**
 * Pages copied from the web: one article, its title lines first with the site's debris around them, numbered
 * section heads inside the body. Texts invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isWebPage, segmentPage } from '../src/index.js';

const para = (n: number) =>
  `前三季度，嘉兴湾新区实现工业总产值${n}亿元，同比增长12.5%，规上工业增加值增长9.8%，固定资产投资完成额增长6.1%，主要指标保持较快增长。`;

describe('a page copied from the web', () => {
  it('tells paragraph lines from a text layer', () => {
    expect(isWebPage(`标题\n${para(1)}\n${para(2)}`)).toBe(true);
    expect(isWebPage('前三季度，嘉兴湾新区\n实现工业总产值\n300亿元，同比\n增长12.5%。')).toBe(false);
  });

  it('reads its title lines as headline and kicker, leaving out dates, sources and breadcrumbs', () => {
    const text = [
      '首页 > 地方 > 正文',
      '嘉兴湾新区冲刺千亿工业',
      '2024-10-21 09:12 来源：某某日报',
      '前三季度主要指标增幅均超两成',
      para(688),
      '一、工业生产',
      para(700),
    ].join('\n');
    const items = segmentPage(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      headline: '嘉兴湾新区冲刺千亿工业',
      kicker: '前三季度主要指标增幅均超两成',
    });
    expect(items[0]!.text).toContain('一、工业生产');
    expect(items[0]!.parks.map((p) => p.shortName)).toContain('嘉兴湾新区');
  });

  it('takes a byline at the article end, on its own line or in brackets', () => {
    expect(segmentPage(`${para(1)}\n${para(2)}\n▶▶ 王小明`)[0]?.byline).toEqual(['王小明']);
    expect(segmentPage(`${para(1)}\n${para(2)}（记者 王小明 通讯员 李大强）`)[0]?.byline).toEqual([
      '王小明',
      '李大强',
    ]);
  });
});

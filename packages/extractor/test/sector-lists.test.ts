/**
 * The three sectors' value added given in one list, as parks' reports write it. Sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { sectorLabels } from '../src/steps/read-sector-list.js';
import { pageRows } from './indicator-helpers.js';

describe('sector lists', () => {
  it('names each figure by its sector', () => {
    expect(sectorLabels('临澜新区一二三产分别实现增加值', '增加值', 3)).toEqual([
      '第一产业增加值',
      '第二产业增加值',
      '第三产业增加值',
    ]);
    expect(sectorLabels('', '第二产业和第三产业增加值', 2)).toEqual(['第二产业增加值', '第三产业增加值']);
    // (not sectors: a list of two metrics, and ordinals that are no sectors)
    expect(sectorLabels('临澜新区工业、服务业分别实现增加值', '增加值', 2)).toBeNull();
    expect(sectorLabels('第一、二批项目分别完成投资', '投资', 2)).toBeNull();
  });

  it('gives each sector’s figure and change to the park', () => {
    const rows = pageRows(
      '2020年，临澜新区一、二、三产业分别实现增加值4.2亿元、206.9亿元和131.7亿元，分别增长2.1%、6.4%和8.8%。',
      '2021-02-03',
    );
    expect(rows.map((r) => [r.kind, r.label, r.value?.amount, r.change?.value])).toEqual([
      ['park', '第一产业增加值', 4.2, 2.1],
      ['park', '第二产业增加值', 206.9, 6.4],
      ['park', '第三产业增加值', 131.7, 8.8],
    ]);
  });
});

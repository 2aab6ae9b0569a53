/**
 * A park's report broken down by item: products after a lead naming them, categories of goods, an item
 * singled out of a category, and sectors counted by their firms. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pageRows } from './indicator-helpers.js';

const rows = (text: string) =>
  pageRows(text, '2022-11-25').map((r) => [r.kind, r.name, r.value?.amount ?? null, r.change?.value ?? null]);

describe('items of a breakdown', () => {
  it('gives products listed after a lead naming them to each product', () => {
    expect(
      rows(
        '1-10月，临澜高新区规上工业增加值增长7.5%。监测的18种产品中，9种增长。瓷砖、玻璃纤维和铝型材分别增长12.6%、8.1%和3.3%。',
      ),
    ).toEqual([
      ['park', null, null, 7.5],
      ['industry', '瓷砖', null, 12.6],
      ['industry', '玻璃纤维', null, 8.1],
      ['industry', '铝型材', null, 3.3],
    ]);
  });

  it('gives categories of goods and the item singled out of one to each', () => {
    expect(
      rows(
        '1-10月，临澜高新区限额以上单位消费品零售额7.9亿元，增长4.4%。家电类增长16.2%，其中智能家电增长30.5%；服装鞋帽类下降6.8%。',
      ),
    ).toEqual([
      ['park', null, 7.9, 4.4],
      ['industry', '家电类', null, 16.2],
      ['industry', '智能家电', null, 30.5],
      ['industry', '服装鞋帽类', null, -6.8],
    ]);
  });

  it('gives a sector counted by its firms its count and its figures', () => {
    expect(
      rows(
        '1-10月，临澜高新区规上企业64户，实现工业总产值58.2亿元，同比增长5.5%，其中：光学镜片9户实现产值20.4亿元，同比增长7.1%，家具制造6户实现产值4.2亿元。',
      ),
    ).toEqual([
      ['park', null, 64, null],
      ['park', null, 58.2, 5.5],
      ['industry', '光学镜片', 9, null],
      ['industry', '光学镜片', 20.4, 7.1],
      ['industry', '家具制造', 6, null],
      ['industry', '家具制造', 4.2, null],
    ]);
  });

  it('keeps the park’s own list of metrics the park’s', () => {
    expect(rows('1-10月，临澜高新区产值、税收分别增长6.6%和9.2%。新增企业15家，实现营收3.1亿元。')).toEqual([
      ['park', null, null, 6.6],
      ['park', null, null, 9.2],
      ['park', null, 15, null],
      ['park', null, 3.1, null],
    ]);
  });
});

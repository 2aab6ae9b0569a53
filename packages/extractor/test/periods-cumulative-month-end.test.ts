/**
 * Amounts summed up to a month's end in parks' progress reports: January to that month. A stock at a month's
 * end stays that month. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './indicator-helpers.js';

const periods = (text: string) =>
  run(text, [], [], '2019-08-12').map((r) => [r.value?.amount, r.period?.start, r.period?.end]);

describe('cumulative amounts at a month’s end', () => {
  it('spans a cumulative flow from January', () => {
    expect(periods('截至7月底，临澜园区累计完成工业投资8.4亿元。')).toEqual([[8.4, '2019-01', '2019-07']]);
    expect(periods('止七月底临澜园区累计实现税金5300万元。')).toEqual([[5300, '2019-01', '2019-07']]);
  });

  it('keeps a stock at that month', () => {
    expect(periods('截至7月底，临澜园区入驻企业累计达到146家，存款余额累计31亿元。')).toEqual([
      [146, '2019-07', '2019-07'],
      [31, '2019-07', '2019-07'],
    ]);
  });
});

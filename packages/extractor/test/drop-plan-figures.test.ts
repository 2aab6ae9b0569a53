/**
 * A park's progress report: the plan a completion rate is measured against is no figure of the park.
 * Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './indicator-helpers.js';

const figures = (text: string) =>
  run(text, [], [], '2021-05-10').map((r) => [r.label, r.value?.amount ?? null, r.change?.value ?? null]);

describe('plan amounts', () => {
  it('leaves out the plan a completion is measured against', () => {
    expect(
      figures(
        '1—4月，园区实现工业总产值21.6亿元，完成年任务80亿元的27%；实现税金3120万元，完成年计划1.2亿元的26%。',
      ),
    ).toEqual([
      ['工业总产值', 21.6, null],
      ['税金', 3120, null],
    ]);
  });

  it('keeps a plan written as a figure of its own', () => {
    expect(figures('园区今年计划投资42亿元，1—4月完成投资9.8亿元。').map((r) => r[1])).toEqual([42, 9.8]);
  });
});

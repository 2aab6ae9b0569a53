/**
 * Periods and levels as real reports write them. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';
import { findPeriods } from '../src/indicators.js';

function rows(text: string, date = '2024-06-20', headline?: string) {
  const page = headline ? `${headline}\n${text}` : text;
  return extractIssue({ id: 'period-test', publication: '测试', date, pages: [{ number: 1, text: page }] })
    .indicators;
}

describe('periods', () => {
  it('reads 全年计划 as a plan, not a period', () => {
    const s = '占全年计划的45%';
    expect(findPeriods(s, 0, s.length, { issueDate: '2024-06-20', contextYear: null })).toEqual([]);
    const [a, b] = rows(
      '1-5月，嘉兴湾新区完成工业总产值26.5亿元，占全年计划的45%。累计完成投资18.2亿元，同比增长21.3%。',
    );
    expect(a?.period).toMatchObject({ start: '2024-01', end: '2024-05' });
    expect(b?.period).toMatchObject({ start: '2024-01', end: '2024-05' });
  });

  it('reads the year a multiple is measured against as a basis', () => {
    const s = '营业收入是2015年的3.2倍';
    const [m] = findPeriods(s, 0, s.length, { issueDate: '2021-03-01', contextYear: null });
    expect(m?.basis).toBe(true);
  });

  it('takes the year a headline names as the year of 全年', () => {
    const text =
      '嘉兴湾新区全年实现地区生产总值128.6亿元，同比增长9.5%，经济总量持续扩大，主要指标平稳较快增长，发展质量稳步提升。';
    const [r] = rows(text, '2023-02-20', '嘉兴湾新区2021年国民经济和社会发展统计公报');
    expect(r?.period).toMatchObject({ start: '2021-01', end: '2021-12' });
  });
});

describe('levels', () => {
  it('reads a rate written as a level as a value in percent', () => {
    const [r] = rows('截至5月底，嘉兴湾新区项目开工率92.5%。');
    expect(r).toMatchObject({ value: { amount: 92.5, unit: '%' }, change: null });
  });
});

describe('what an indicator says of its own reading', () => {
  it('tells a subject and period written in the clause from carried ones', () => {
    const [a, b, c] = rows(
      '上半年，嘉兴湾新区实现营业收入50亿元，同比增长8%；税收收入6.2亿元。新增企业320家。',
    );
    expect(a?.basis).toEqual({ subject: 'written', period: 'written' });
    expect(b?.basis).toEqual({ subject: 'carried', period: 'written' });
    expect(c?.basis).toEqual({ subject: 'carried', period: 'carried' });
  });

  it('keeps a traditional label as printed', () => {
    const [r] = rows('上半年，嘉興灣新區實現營業收入50億元，同比增長8%。');
    expect(r?.label).toBe('營業收入');
    expect(r?.value?.amount).toBe(50);
  });
});

describe('estimates and lists', () => {
  it('keeps the period of an estimate for months already over', () => {
    const [r] = rows('嘉兴湾新区预计1—9月完成固定资产投资115.7亿元，同比增长16.6%。', '2024-11-05');
    expect(r?.period).toMatchObject({ start: '2024-01', end: '2024-09' });
  });

  it('drops 分别 from a label', () => {
    const [r] = rows('2023年，嘉兴湾新区增值税分别入库11.2亿元。', '2024-02-20');
    expect(r?.label).toBe('增值税入库');
  });
});

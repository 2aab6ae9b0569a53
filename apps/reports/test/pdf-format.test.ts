import { describe, expect, it } from 'vitest';
import {
  briefingFileName,
  formatChange,
  formatPeriod,
  formatQuantity,
  formatShare,
  periodRange,
} from '../src/pdf/format.js';

describe('formatQuantity', () => {
  it('prints the amount exactly, with separators, qualifier and unit as written', () => {
    expect(formatQuantity({ amount: 238.6, unit: '亿元', approx: null })).toBe('238.6亿元');
    expect(formatQuantity({ amount: 5, unit: '亿美元', approx: 'over' })).toBe('超5亿美元');
    expect(formatQuantity({ amount: 12345, unit: '家', approx: 'about' })).toBe('约12,345家');
    expect(formatQuantity({ amount: 0.1 + 0.2, unit: '', approx: null })).toBe('0.30000000000000004');
    expect(formatQuantity({ amount: 23860000000, unit: '元', approx: 'near' })).toBe('近23,860,000,000元');
    expect(formatQuantity({ amount: 1e21, unit: '元', approx: 'under' })).toBe(
      '不足1,000,000,000,000,000,000,000元',
    );
  });
});

describe('formatChange', () => {
  it('prints arrows and units for percent, points and multiples', () => {
    expect(formatChange({ kind: 'percent', value: 18.3, approx: null })).toBe('↑18.3%');
    expect(formatChange({ kind: 'percent', value: -3.4, approx: null })).toBe('↓3.4%');
    expect(formatChange({ kind: 'points', value: -0.6, approx: 'about' })).toBe('↓约0.6个百分点');
    expect(formatChange({ kind: 'multiple', value: 2, approx: null })).toBe('↑2倍');
    expect(formatChange({ kind: 'percent', value: 0, approx: null })).toBe('持平');
  });
});

describe('formatShare, formatPeriod', () => {
  it('prints shares and periods', () => {
    expect(formatShare({ percent: 61.67, of: '衢州市进出口总额' })).toBe('占衢州市进出口总额61.67%');
    expect(formatShare({ percent: 12.5, of: null })).toBe('占12.5%');
    expect(formatShare({ percent: 40, of: '全市', approx: 'near' })).toBe('占全市近40%');
    expect(formatShare({ percent: 40, of: null, approx: null })).toBe('占40%');
    expect(formatPeriod({ label: '上半年', start: '2024-01', end: '2024-06' })).toBe('上半年（2024年1—6月）');
    expect(formatPeriod({ label: '1-7月', start: '2024-01', end: '2024-07' })).toBe('1-7月（2024年1—7月）');
    expect(formatPeriod({ label: '2021年', start: '2021-01', end: '2021-12' })).toBe('2021年');
    expect(periodRange({ start: '2023-11', end: '2024-02' })).toBe('2023年11月—2024年2月');
    expect(periodRange({ start: '2024-07', end: '2024-07' })).toBe('2024年7月');
  });
});

describe('briefingFileName', () => {
  it('is readable Chinese and safe as a file name', () => {
    expect(
      briefingFileName({ shortName: '徐州高新区' }, { publication: '科技园区周刊', date: '2024-07-22' }),
    ).toBe('徐州高新区简报_科技园区周刊_2024-07-22.pdf');
    const odd = briefingFileName({ shortName: '../a/b:c' }, { publication: 'x "y" <z>', date: '2024-07-22' });
    expect(odd).not.toMatch(/[/\\:*?"<>|]/);
    expect(odd.endsWith('_2024-07-22.pdf')).toBe(true);
  });
});

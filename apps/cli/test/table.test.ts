import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from '../src/table.js';

describe('formatTable', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('徐州高新区')).toBe(10);
    expect(displayWidth('１２％')).toBe(6);
  });

  it('lines up columns of Chinese and Latin text', () => {
    const table = formatTable(
      ['园区', 'n', 'path'],
      [
        ['徐州高新区', '12', '/a'],
        ['x', '3', '/b'],
      ],
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    const col = (line: string) => displayWidth(line.slice(0, line.indexOf('/')));
    expect(col(lines[2]!)).toBe(col(lines[3]!));
  });
});

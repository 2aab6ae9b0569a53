import { describe, expect, it } from 'vitest';
import { findParkMentions } from '../src/index.js';

const names = (t: string) => findParkMentions(t).map((m) => [m.text, m.kind]);

describe('a park written straight after its report’s period', () => {
  it('the period words are no part of the name', () => {
    expect(names('2025年前三季度柳岸新区完成工业投资')).toEqual([['柳岸新区', 'unregistered']]);
    expect(names('上半年青沙新区实现营收')).toEqual([['青沙新区', 'unregistered']]);
    expect(names('一至五月份青沙新区新签项目')).toEqual([['青沙新区', 'unregistered']]);
  });

  it('市 before a city’s own park says whose it is, not its name', () => {
    expect(names('今年以来，市青沙新区坚持项目为王')).toEqual([['青沙新区', 'unregistered']]);
    // a two-character name starting with 市 keeps it
    expect(names('市南新区')).toEqual([['市南新区', 'unregistered']]);
  });
});

import { describe, expect, it } from 'vitest';
import { park, run } from './indicator-helpers.js';

const xz = park('徐州高新区');

describe('lists of industries sharing one metric', () => {
  it('三大…产业规模分别达到 gives one industry row per name, never park rows', () => {
    const got = run(
      '去年，园区新能源、新材料、高端装备三大主导产业规模分别达到820亿元、455亿元和310亿元。',
      [xz],
      [],
      '2024-02-05',
    );
    expect(got.map((i) => [i.subject.kind, i.subject.name, i.label, i.value?.amount])).toEqual([
      ['industry', '新能源', '产业规模', 820],
      ['industry', '新材料', '产业规模', 455],
      ['industry', '高端装备', '产业规模', 310],
    ]);
    expect(got.every((i) => i.subject.parkId === xz.id)).toBe(true);
  });

  it('…等行业产值分别增长 (changes)', () => {
    const got = run('上半年，电子信息、生物医药等行业产值分别增长12.5%和8.3%。', [xz]);
    expect(got.map((i) => [i.subject.kind, i.subject.name, i.label, i.change?.value])).toEqual([
      ['industry', '电子信息', '行业产值', 12.5],
      ['industry', '生物医药', '行业产值', 8.3],
    ]);
  });

  it('a list of metrics stays the park’s', () => {
    const got = run('1-7月，园区工业投资、技改投资分别增长16%、14.5%。', [xz]);
    expect(got.map((i) => [i.subject.kind, i.label])).toEqual([
      ['park', '工业投资'],
      ['park', '技改投资'],
    ]);
  });
});

/**
 * Parks as real text writes them: every kind of ending, county-level places, place names holding a character
 * that otherwise ends a name, phrases about parks that are no park, and a park's own report that calls itself
 * only 全区/我区/高新区. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue, findParkMentions, parkForName, stripGlosses } from '../src/index.js';

function named(text: string): string[] {
  return findParkMentions(text)
    .filter((m) => m.kind === 'registered' || m.kind === 'unregistered')
    .map((m) => m.text);
}

describe('park endings of every kind', () => {
  it('reads an experimental zone, an industrial concentration zone and a free-trade area with their places', () => {
    expect(named('洛阳临空经济综合实验区一季度增长')).toEqual(['洛阳临空经济综合实验区']);
    expect(named('安康市恒口工业集中区实现产值')).toEqual(['安康市恒口工业集中区']);
    expect(named('福州片区新设企业')).toEqual(['福州片区']);
  });

  it('takes a county-level place with its rank as the place of a park', () => {
    expect(named('凤冈县工业园区完成投资')).toEqual(['凤冈县工业园区']);
    expect(named('梧州市龙圩区工业园实现')).toEqual(['梧州市龙圩区工业园']);
  });

  it('takes a county’s bare name with a short proper name before the ending (某县的港口开发区)', () => {
    expect(named('海口江东新区和屯昌木色湖开发区的投资增长较快')).toEqual([
      '海口江东新区',
      '屯昌木色湖开发区',
    ]);
    // (no more than three characters between: a longer phrase is no park's name)
    expect(named('和屯昌木色湖东岸滨水开发区的投资')).not.toContain('屯昌木色湖东岸滨水开发区');
    // (a verb between is no name: 某县加快开发区建设)
    expect(named('而屯昌加快开发区建设，鄱阳加快工业园区建设')).toEqual([]);
  });

  it('reads a place name across a character that otherwise ends a name', () => {
    expect(named('呼和浩特经开区出口增长')).toEqual(['呼和浩特经开区']);
  });

  it('makes no park of a phrase about parks', () => {
    expect(named('带动新区发展')).toEqual([]);
    expect(named('占同期新区的比重')).toEqual([]);
    expect(named('广东部分园区增长较快')).toEqual([]);
    expect(named('两个片区合计')).toEqual([]);
  });

  it('reads a sub-area written after 某高新区的 as no park of its own', () => {
    expect(named('位于嘉兴高新区的智慧谷科技城产值')).toEqual(['嘉兴高新区']);
  });

  it('reads traditional characters as the same park', () => {
    const [t] = findParkMentions('哈爾濱新區一季度增長');
    const [s] = findParkMentions('哈尔滨新区一季度增长');
    expect(t?.parkId).toBe(s?.parkId);
    expect(t?.start).toBe(0);
    expect(t?.end).toBe(5);
  });
});

describe('a park that names itself only generically', () => {
  const issue = (text: string, park?: string) => ({
    id: 'self-park-test',
    publication: '测试',
    date: '2024-05-20',
    ...(park ? { park } : {}),
    pages: [{ number: 1, text }],
  });

  it('names the park by the kind it calls itself and gives it the figures', () => {
    const ex = extractIssue(issue('1-4月，高新区完成规上工业总产值52.3亿元，同比增长6.1%。'));
    expect(ex.parks.map((p) => p.shortName)).toEqual(['高新区']);
    expect(ex.indicators[0]?.subject).toMatchObject({ kind: 'park', parkId: ex.parks[0]?.id });
  });

  it('takes 我区 as the park itself', () => {
    const ex = extractIssue(issue('一季度，我区实现地区生产总值88.6亿元，同比增长4.2%。'));
    expect(ex.parks).toHaveLength(1);
    expect(ex.indicators[0]?.subject.kind).toBe('park');
  });

  it('uses the name the caller gives, from the registry when it is there', () => {
    const ex = extractIssue(issue('一季度，全区实现地区生产总值88.6亿元。', '淄博高新技术产业开发区'));
    expect(ex.parks[0]?.shortName).toBe('淄博高新区');
    expect(ex.indicators[0]?.subject.parkId).toBe(ex.parks[0]?.id);
    expect(parkForName('某某产业园').shortName).toBe('某某产业园');
  });
});

describe('pinyin glosses of web mirrors', () => {
  it('drops a gloss after each character of a glossed page', () => {
    expect(stripGlosses('全區(qū)產(chǎn)值增長(zhǎng)5%，個(ge)')).toBe('全區產值增長5%，個');
  });
  it('keeps brackets that are no gloss', () => {
    expect(stripGlosses('园区(含托管区)增长')).toBe('园区(含托管区)增长');
    expect(stripGlosses('产值(ab)增长')).toBe('产值(ab)增长');
  });
});

describe('pinyin glosses in a text layer', () => {
  it('drops a gloss spaced out or broken onto the next line', () => {
    expect(stripGlosses('全區\n\n(qū)產( c h ǎ n)值(zhí)增長')).toBe('全區產值增長');
  });
});

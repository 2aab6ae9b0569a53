import { describe, expect, it } from 'vitest';
import { companyNames, extractIssue, findParkMentions, parkForMention } from '../src/index.js';

function parks(text: string): Array<[string, string]> {
  return findParkMentions(text)
    .filter((m) => m.kind === 'registered' || m.kind === 'unregistered')
    .map((m) => [m.text, m.kind]);
}

describe('parks named by the forms of free-trade and bonded zones', () => {
  it('reads a pilot free-trade area and a bonded zone inside it as two parks', () => {
    // Both are in the registry (a free-trade area and a bonded zone).
    expect(parks('记者从福州自贸片区获悉，在福州自贸片区江阴综保区，进口增长')).toEqual([
      ['福州自贸片区', 'registered'],
      ['福州自贸片区', 'registered'],
      ['江阴综保区', 'registered'],
    ]);
  });

  it('never starts a name at punctuation or at the words before it', () => {
    for (const m of findParkMentions(
      '“片区已落地多项成果，”福州自贸片区负责人说。记者从福州自贸片区了解到',
    )) {
      expect(m.text.startsWith('“')).toBe(false);
      expect(m.text.startsWith('”')).toBe(false);
      expect(m.text.startsWith('记者')).toBe(false);
    }
  });

  it('reads the long and short forms of a bonded zone as one park', () => {
    const [long, short] = findParkMentions('柳州综合保税区一季度进出口增长，柳州综保区新设企业').filter(
      (m) => m.kind === 'unregistered',
    );
    expect(long?.parkId).toBe(short?.parkId);
    const park = long ? parkForMention(long) : null;
    expect(park?.shortName).toBe('柳州综保区');
    expect(park?.aliases).toContain('柳州综合保税区');
  });

  it('keeps 经开区 and 高新区 of one city apart, and reads 示范区 and 保税区 with a place', () => {
    const ids = findParkMentions('株洲经开区与株洲高新区').map((m) => m.parkId);
    expect(new Set(ids).size).toBe(2);
    expect(parks('洋浦保税区、德州示范区')).toEqual([
      ['洋浦保税区', 'unregistered'],
      ['德州示范区', 'unregistered'],
    ]);
  });

  it('does not read a demonstration zone of a generic phrase as a park', () => {
    expect(parks('建设国家自主创新示范区是重点')).toEqual([]);
  });
});

describe('company names without their lead-in words', () => {
  it('starts a company after 龙头企业, 区内企业 and the like', () => {
    expect(companyNames('区内龙头企业华岳精工（株洲）有限公司出口增长')).toEqual([
      '华岳精工（株洲）有限公司',
    ]);
    expect(companyNames('株洲高新区龙头企业湘岳微电子有限公司产值')).toEqual(['湘岳微电子有限公司']);
    expect(companyNames('区内企业云龙智能装备有限公司新签订单')).toEqual(['云龙智能装备有限公司']);
    expect(companyNames('园区企业江华新材料股份有限公司')).toEqual(['江华新材料股份有限公司']);
  });

  it('keeps 企业 inside a name', () => {
    expect(companyNames('由上海华信企业管理有限公司运营')).toEqual(['上海华信企业管理有限公司']);
  });
});

describe('片区 standing for the article’s zone', () => {
  it('is an anaphor where it opens a clause, and part of a name elsewhere', () => {
    const kinds = findParkMentions('片区实现进出口增长。“片区已推出成果，”临港新片区', {
      articleParkId: 'zone-x',
    }).map((m) => [m.text, m.kind, m.parkId]);
    expect(kinds.slice(0, 2)).toEqual([
      ['片区', 'anaphor', 'zone-x'],
      ['片区', 'anaphor', 'zone-x'],
    ]);
    expect(kinds.some(([text]) => text === '新片区')).toBe(false);
  });
});

describe('parks of counties named without their rank', () => {
  it('reads a county’s bare name before a county park’s ending as a park', () => {
    expect(parks('其中，婺源工业园区主营业务收入80.2亿元；永顺经济开发区52.7亿元')).toEqual([
      ['婺源工业园区', 'unregistered'],
      ['永顺经济开发区', 'unregistered'],
    ]);
    expect(parks('分别是泸溪工业集中区、古丈高新区')).toEqual([
      ['泸溪工业集中区', 'unregistered'],
      ['古丈高新区', 'unregistered'],
    ]);
  });

  it('does not read a county inside another word, or before a sub-area’s ending', () => {
    // 长海 is a county; 增长海口… is not it
    expect(parks('出口增长海口工业园区')).not.toContainEqual(['长海口工业园区', 'unregistered']);
    // 新兴 is a county too; 新兴产业园区 is an emerging-industries park area, not 新兴县's park
    expect(parks('建设新兴产业园区')).toEqual([]);
  });
});

describe('a short form of a park named in full', () => {
  it('is that park, and its figures are the park’s', () => {
    const ex = extractIssue({
      id: 'short-form',
      publication: '测试',
      date: '2017-08-20',
      pages: [
        {
          number: 1,
          text: '株洲临空经济综合实验区建设加快。今年前7个月，临空实验区重点项目完成投资42.6亿元，新开工项目13个。',
        },
      ],
    });
    const ids = new Set(ex.indicators.map((i) => i.subject.parkId));
    expect(ex.parks.map((p) => p.id)).toEqual([...ids]);
    expect(ex.indicators.map((i) => i.subject.kind)).toEqual(['park', 'park']);
    expect(ex.parks[0]?.aliases).toContain('临空实验区');
  });
});

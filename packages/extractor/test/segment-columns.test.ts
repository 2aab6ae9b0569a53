import { describe, expect, it } from 'vitest';
import {
  datelineByline,
  datelineLength,
  isSourceLine,
  markedByline,
  namesAlone,
  segmentPage,
  tailByline,
  undoubleLead,
  type SegmentedItem,
} from '../src/index.js';

/** Prints a title the way the PDF text layer prints bold glyphs: each run twice. */
function doubled(...runs: string[]): string {
  return runs.map((r) => r + r).join('');
}

function byStart(items: readonly SegmentedItem[], start: string): SegmentedItem {
  const found = items.find((i) => i.text.startsWith(start));
  if (!found)
    throw new Error(`no item starts with ${start}: ${items.map((i) => i.text.slice(0, 12)).join(' | ')}`);
  return found;
}

describe('bylines with padded two-character names', () => {
  it('joins a surname and a given name the layout set apart', () => {
    expect(markedByline('▶▶ 钱 雯')).toEqual(['钱雯']);
    expect(markedByline('▶▶ 韩 冰 通讯员 曹文静')).toEqual(['韩冰', '曹文静']);
    expect(markedByline('本报记者 高 远 实习生 吕安')).toEqual(['高远', '吕安']);
    expect(namesAlone('钱 雯 曹文静')).toEqual(['钱雯', '曹文静']);
  });

  it('reads a padded name at the end of the last line', () => {
    expect(tailByline('…带动就业三千余人。” 许 凡')).toEqual({
      body: '…带动就业三千余人。”',
      names: ['许凡'],
    });
    expect(tailByline('全年新增企业四百家。 邓 可 罗丹')).toEqual({
      body: '全年新增企业四百家。',
      names: ['邓可', '罗丹'],
    });
  });

  it('does not join two one-character words that are no name', () => {
    expect(namesAlone('的 是')).toBeNull();
    expect(markedByline('▶▶ 在 了')).toBeNull();
  });
});

describe('datelines and provenance', () => {
  it('reads another paper’s dateline and the reporters in its note', () => {
    const line = '经济日报讯 （记者何平 通讯员钟敏）';
    expect(datelineLength(line)).toBe(line.length);
    expect(datelineByline(line)).toEqual(['何平', '钟敏']);
    expect(datelineByline('新华社南宁5月2日电（记者 覃林）')).toEqual(['覃林']);
    expect(datelineLength('日报讯是一种写法')).toBe(0);
  });

  it('knows a provenance line', () => {
    expect(isSourceLine('来源：某某开发区发布')).toBe(true);
    expect(isSourceLine('（来源：新华社）')).toBe(true);
    expect(isSourceLine('来源地是本省，占比三成。来源于此')).toBe(false);
  });

  it('keeps dateline and provenance out of the body and signs the item', () => {
    const items = segmentPage(
      [
        '经济日报讯 （记者何平 通讯员钟敏）',
        '记者从芜湖高新区获悉，一季度园区实现',
        '营业收入120亿元，同比增长9%。',
        '',
        '来源：芜湖高新区发布',
      ].join('\n'),
    );
    expect(items).toHaveLength(1);
    const it0 = items[0] as SegmentedItem;
    expect(it0.text.startsWith('记者从芜湖高新区获悉')).toBe(true);
    expect(it0.text).not.toContain('来源');
    expect(it0.byline).toEqual(['何平', '钟敏']);
  });
});

describe('titles doubled in place', () => {
  it('undoes a doubled title at the head of a body line', () => {
    expect(undoubleLead(doubled('常州高新区专利授权增长两成') + '今年，常州高新区新增')).toEqual({
      title: '常州高新区专利授权增长两成',
      rest: '今年，常州高新区新增',
    });
    expect(undoubleLead(doubled('嘉兴高新区营收约') + doubled('2', '.', '8') + doubled('千亿元'))).toEqual({
      title: '嘉兴高新区营收约2.8千亿元',
      rest: '',
    });
  });

  it('leaves running text that opens with a repeated word alone', () => {
    expect(undoubleLead('谢谢谢谢大家的支持，我们会继续努力')).toBeNull();
    expect(undoubleLead('研究研究再决定，这是他的口头禅')).toBeNull();
    expect(undoubleLead('产业升级产业升级产业升级，是今年的主题')).toBeNull();
  });
});

describe('a column of briefs', () => {
  const page = [
    '本报讯 今年以来，绵阳高新区新签约项目',
    '42个，总投资310亿元，同比增长15%。',
    '',
    '▶▶ 彭 程',
    '',
    doubled('高新快讯'),
    '',
    '■' + doubled('常州高新区专利授权增长两成'),
    '今年前三季度，常州高新区新增发明',
    '专利授权1800件，同比增长两成。 许 凡',
    '■' + doubled('嘉兴高新区营收约') + doubled('2', '.', '8') + doubled('千亿元') + '前三季度，嘉兴',
    '高新区实现营收约2.8千亿元，同比增长',
    '6.1%。 邓 可',
    '',
    '创新发展看园区',
    '',
    doubled('绵阳高新区', '：'),
    doubled('项目投资稳步增长'),
  ].join('\n');
  const items = segmentPage(page);

  it('makes one brief per item, with its title, byline and park', () => {
    const changzhou = byStart(items, '今年前三季度，常州高新区');
    expect(changzhou.headline).toBe('常州高新区专利授权增长两成');
    expect(changzhou.byline).toEqual(['许凡']);
    expect(changzhou.kind).toBe('brief');
    expect(changzhou.parks.map((p) => p.shortName)).toEqual(['常州高新区']);
    const jiaxing = byStart(items, '前三季度，嘉兴');
    expect(jiaxing.headline).toBe('嘉兴高新区营收约2.8千亿元');
    expect(jiaxing.byline).toEqual(['邓可']);
    expect(jiaxing.kind).toBe('brief');
    expect(jiaxing.text).not.toContain('创新发展看园区');
  });

  it('gives the column head to no item and keeps the kicker with its headline', () => {
    expect(items.some((i) => i.headline === '高新快讯')).toBe(false);
    const mianyang = byStart(items, '今年以来，绵阳高新区');
    expect(mianyang.headline).toBe('绵阳高新区：项目投资稳步增长');
    expect(mianyang.kicker).toBe('创新发展看园区');
    expect(mianyang.byline).toEqual(['彭程']);
  });
});

describe('a bold headline is not the kicker of the next one', () => {
  it('matches a headline about several parks of one province to their body', () => {
    const page = [
      '本报讯 前三季度，济南高新区、青岛高新区',
      '主要指标增势良好，济南高新区营收增长8%，',
      '青岛高新区营收增长7%。',
      '',
      '▶▶ 孔磊',
      '',
      '本报讯 今年以来，岳阳经开区新增企业',
      '三百家，岳阳经开区进出口增长12%。',
      '',
      '▶▶ 何静 谭欣',
      '',
      doubled('山东两家高新区前三季度增势良好'),
      '',
      doubled('岳阳经开区', '：'),
      doubled('新增企业三百家'),
    ].join('\n');
    const items = segmentPage(page);
    const shandong = byStart(items, '前三季度，济南高新区');
    expect(shandong.headline).toBe('山东两家高新区前三季度增势良好');
    const yueyang = byStart(items, '今年以来，岳阳经开区');
    expect(yueyang.headline).toBe('岳阳经开区：新增企业三百家');
    expect(yueyang.kicker).toBeNull();
  });
});

describe('a headline naming a region instead of a park', () => {
  it('goes to the body whose parks lie in that region', () => {
    const page = [
      '本报讯 今年以来，岳阳经开区新增企业',
      '三百家，岳阳经开区进出口增长12%。',
      '',
      '▶▶ 何静',
      '',
      '本报讯 前三季度，宁波高新区、温州高新区',
      '营收分别增长8%和7%，宁波高新区新增',
      '企业两百家。',
      '',
      '▶▶ 孔磊',
      '',
      doubled('浙江两园区交出好答卷'),
      '',
      doubled('岳阳经开区', '：'),
      doubled('新增企业三百家'),
    ].join('\n');
    const items = segmentPage(page);
    expect(byStart(items, '前三季度，宁波高新区').headline).toBe('浙江两园区交出好答卷');
    expect(byStart(items, '今年以来，岳阳经开区').headline).toBe('岳阳经开区：新增企业三百家');
    expect(byStart(items, '前三季度，宁波高新区').parks.map((p) => p.shortName)).toEqual([
      '宁波高新区',
      '温州高新区',
    ]);
  });
});

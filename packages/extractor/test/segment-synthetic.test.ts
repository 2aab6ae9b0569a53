import { describe, expect, it } from 'vitest';
import { segmentPage, type SegmentedItem } from '../src/index.js';

/** Wraps a paragraph into printed lines of `width` characters, as a narrow newspaper column does. */
function column(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines;
}

/** Prints a title the way the PDF text layer prints bold glyphs: each run twice. */
function doubled(...runs: string[]): string {
  return runs.map((r) => r + r).join('');
}

/** A page as the text layer gives it: a blank line after every printed line. */
function page(lines: readonly string[]): string {
  return '\n' + lines.join('\n\n') + '\n';
}

function byStart(items: readonly SegmentedItem[], start: string): SegmentedItem {
  const found = items.find((i) => i.text.startsWith(start));
  if (!found)
    throw new Error(`no item starts with ${start}: ${items.map((i) => i.text.slice(0, 12)).join(' | ')}`);
  return found;
}

describe('segmentPage on a page whose bold headlines are printed together at its end', () => {
  // Printed lines of a 16-em column: a Latin word broken across lines, a hyphenated one, a byline after a space.
  const hefei = [
    '本报讯 前三季度，合肥高新区实现',
    '规模以上工业总产值1200亿元，同比',
    '增长8.1%。该高新区新增高新技术企',
    '业300家，研发投入持续加大，发布 Smart',
    'Factory 平台和全新的智能设备OCTO-',
    'PUS，园区企业效率明显提升。 张伟',
  ];
  const ningbo = [
    ...column('“今年的订单已经排到了年底。”宁波前湾新区一家企业负责人说。', 16),
    ...column(
      '今年以来，宁波前湾新区新签约项目42个，总投资超300亿元，宁波前湾新区外贸进出口同比增长12%。',
      16,
    ),
    '李明 王芳',
  ];
  const chengdu = [
    ...column('本报讯 今年上半年，成都高新区实现地区生产总值1500亿元。大家常常说，', 16),
    ...column('干事要研究研究再动手，天天都有新变化。成都高新区将持续发力。', 16),
  ];
  const text = page([
    ...hefei,
    ...ningbo,
    ...chengdu,
    '砥砺奋进 勇争一流',
    doubled('合肥高新区', '：', '前三季度产值增长', '8', '.', '1', '%'),
    doubled('宁波前湾新区', '：'),
    doubled('订单饱满开局良好'),
    ' 成都高新区：智能制造再提速',
    '▶▶ 赵强 孙丽',
    '合肥高新区企业生产车间',
    doubled('图片来源', '：', '合肥高新区'),
  ]);
  const items = segmentPage(text);

  it('finds the three bodies in printed order', () => {
    expect(items.map((i) => i.text.slice(0, 6))).toEqual(['前三季度，合', '“今年的订单', '今年上半年，']);
  });

  it('matches each doubled headline to the body about its park, with its kicker', () => {
    const hf = byStart(items, '前三季度');
    expect(hf.headline).toBe('合肥高新区：前三季度产值增长8.1%');
    expect(hf.kicker).toBe('砥砺奋进 勇争一流');
    expect(byStart(items, '“今年').headline).toBe('宁波前湾新区：订单饱满开局良好');
    expect(byStart(items, '“今年').kicker).toBeNull();
    expect(byStart(items, '今年上半年').headline).toBe('成都高新区：智能制造再提速');
  });

  it('reads bylines at the end of the last line, standing alone, and marked next to a headline', () => {
    expect(byStart(items, '前三季度').byline).toEqual(['张伟']);
    expect(byStart(items, '“今年').byline).toEqual(['李明', '王芳']);
    expect(byStart(items, '今年上半年').byline).toEqual(['赵强', '孙丽']);
  });

  it('gives a photo printed apart to the body about the park it shows', () => {
    expect(byStart(items, '前三季度').photo).toEqual({
      caption: '合肥高新区企业生产车间',
      credit: '合肥高新区',
    });
    expect(byStart(items, '“今年').photo).toBeNull();
  });

  it('repairs the body text: Latin words joined, hyphenation undone, real repetitions kept', () => {
    const hf = byStart(items, '前三季度');
    expect(hf.text).toContain('发布 Smart Factory 平台和全新的智能设备OCTOPUS，园区企业效率明显提升。');
    expect(hf.text).not.toContain('张伟');
    expect(byStart(items, '今年上半年').text).toContain('干事要研究研究再动手，天天都有新变化。');
  });

  it('lists the parks each body is about, registered and recognised by form', () => {
    expect(byStart(items, '前三季度').parkIds).toEqual(['hefei-gaoxinqu']);
    expect(byStart(items, '“今年').parkIds).toEqual(['ningboqianwan-xinqu']);
    expect(byStart(items, '“今年').parks[0]).toMatchObject({
      name: '宁波前湾新区',
      registered: false,
      level: 'other',
      city: '宁波市',
    });
    expect(byStart(items, '今年上半年').parkIds).toEqual(['chengdu-gaoxinqu']);
  });
});

describe('segmentPage on a page with headlines above their bodies and a photo item', () => {
  // No blank line after every line here: a blank line separates paragraphs.
  const text = [
    '苏州工业园区：创新动能强劲',
    '本报讯（记者 刘洋）今年以来，苏州工业园区',
    '集聚高新技术企业2000家，实现产值',
    '3000亿元。',
    '',
    '创新，没有最强只有更强',
    '园区将继续加大研发投入，全区上下齐',
    '心协力。',
    '▶▶ 陈静',
    '',
    '近日，东湖高新区举办科普活动，吸引市民参与。图为',
    '活动现场。',
    '图片来源：东湖高新区',
  ].join('\n');
  const items = segmentPage(text);

  it('reads a headline printed right above its dated body and keeps a subhead inside the body', () => {
    expect(items).toHaveLength(2);
    const sz = items[0]!;
    expect(sz.headline).toBe('苏州工业园区：创新动能强劲');
    expect(sz.byline).toEqual(['陈静']);
    expect(sz.text.split('\n')).toEqual([
      '今年以来，苏州工业园区集聚高新技术企业2000家，实现产值3000亿元。',
      '创新，没有最强只有更强',
      '园区将继续加大研发投入，全区上下齐心协力。',
    ]);
    expect(sz.parkIds).toEqual(['suzhou-gongyeyuanqu']);
    // Under 150 characters: a brief, though dated.
    expect(sz.kind).toBe('brief');
  });

  it('reads a caption text with its credit as a photo item', () => {
    const photo = items[1]!;
    expect(photo.kind).toBe('photo');
    expect(photo.headline).toBeNull();
    expect(photo.byline).toEqual([]);
    expect(photo.photo).toEqual({ caption: null, credit: '东湖高新区' });
    expect(photo.parkIds).toEqual(['donghu-gaoxinqu']);
  });
});

describe('segmentPage with reporters in the dateline and a caption paragraph', () => {
  const text = [
    '本报讯（记者 刘洋 通讯员 王五）今年以',
    '来，西安高新区新增市场主体2万户，西安',
    '高新区营收同比增长12%，发展势头良好。',
    '图为西安高新区一家企业的生产线，工人',
    '们正在忙碌。',
    '图片来源：西安高新区',
    '本报讯（记者 赵强）今年以来，合肥高新',
    '区新增企业3000家，合肥高新区营收同比',
    '增长10%，发展态势良好，前景可期。 孙丽',
  ].join('\n');
  const items = segmentPage(text);

  it('signs an item with the reporters of its dateline when no byline is printed at its end', () => {
    expect(items.map((i) => i.byline)).toEqual([['刘洋', '王五'], ['孙丽']]);
  });

  it('reads a 图为 paragraph before a credit as the photo caption, out of the body', () => {
    expect(items[0]!.photo).toEqual({
      caption: '图为西安高新区一家企业的生产线，工人们正在忙碌。',
      credit: '西安高新区',
    });
    expect(items[0]!.text).not.toContain('图为');
    expect(items[0]!.kind).not.toBe('photo');
    expect(items[1]!.parkIds).toEqual(['hefei-gaoxinqu']);
  });
});

describe('segmentPage with a short subhead that looks like a name', () => {
  it('keeps a lone two-character subhead inside the body, and reads a lone name before a new item as a byline', () => {
    const text = [
      '本报讯 今年以来，成都高新区营收增长12%，',
      '发展势头良好，企业信心增强。',
      '成果',
      '成都高新区新增专利3000件，同比增长20%。',
      '王芳',
      '本报讯 今年以来，西安高新区营收增长8%。',
    ].join('\n');
    const items = segmentPage(text);
    expect(items).toHaveLength(2);
    expect(items[0]!.text.split('\n')).toEqual([
      '今年以来，成都高新区营收增长12%，发展势头良好，企业信心增强。',
      '成果',
      '成都高新区新增专利3000件，同比增长20%。',
    ]);
    expect(items[0]!.byline).toEqual(['王芳']);
  });
});

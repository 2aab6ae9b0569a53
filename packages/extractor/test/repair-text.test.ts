import { describe, expect, it } from 'vitest';
import { collapseSpacing, joinLines, readLines, repairText, undoubleLine } from '../src/index.js';

/** Prints a title the way the PDF text layer prints bold glyphs: each run twice. */
function doubled(...runs: string[]): string {
  return runs.map((r) => r + r).join('');
}

describe('undoubleLine', () => {
  it('undoes the doubled runs of bold titles', () => {
    expect(undoubleLine(doubled('徐州高新区', '：', '激活发展新动能'))).toBe('徐州高新区：激活发展新动能');
    expect(undoubleLine('徐州高新区徐州高新区：：激活发展新动能激活发展新动能')).toBe(
      '徐州高新区：激活发展新动能',
    );
    expect(undoubleLine('11--77月经济运行稳中有进月经济运行稳中有进')).toBe('1-7月经济运行稳中有进');
    expect(undoubleLine('上半年工业总产值同比增长上半年工业总产值同比增长1818..33%%')).toBe(
      '上半年工业总产值同比增长18.3%',
    );
    expect(undoubleLine('图片来源图片来源：：')).toBe('图片来源：');
    expect(undoubleLine('图片来源图片来源：：中山火炬开发中山火炬开发区区')).toBe('图片来源：中山火炬开发区');
    expect(undoubleLine('““政采贷政采贷””力助中小企业跑起来力助中小企业跑起来')).toBe(
      '“政采贷”力助中小企业跑起来',
    );
  });

  it('undoes titles it has never seen, built from any runs', () => {
    const title = doubled('成都高新区', '：', '前', '3', '季度营收增长', '12', '.', '5', '%');
    expect(undoubleLine(title)).toBe('成都高新区：前3季度营收增长12.5%');
    expect(undoubleLine(doubled('Smart Factory', ' ', '落地'))).toBe('Smart Factory 落地');
  });

  it('keeps real repetitions and ordinary lines as printed', () => {
    for (const line of [
      '研究研究',
      '谢谢谢谢',
      '人人',
      '天天',
      '常常',
      '大家常常说要研究研究',
      '今年以来，烟台高新区多方联手',
      '2020',
      '哈哈哈哈哈哈',
    ]) {
      expect(undoubleLine(line)).toBeNull();
    }
  });

  it('leaves a line alone when only part of it is doubled', () => {
    expect(undoubleLine('徐州高新区徐州高新区：激活发展新动能')).toBeNull();
  });
});

describe('collapseSpacing', () => {
  it('collapses justified spacing between ideographs, digits and punctuation', () => {
    expect(collapseSpacing('增 长 25.6% ，占 全 部 投 资 比 重 的')).toBe('增长25.6%，占全部投资比重的');
    expect(collapseSpacing('去年 4 月开工建设，历时 6 个多月')).toBe('去年4月开工建设，历时6个多月');
    expect(collapseSpacing('　东港 2个 24小时　')).toBe('东港2个24小时');
  });

  it('keeps one space next to Latin words and between two numbers', () => {
    expect(collapseSpacing('与瑞士  IBI 公司签署协议')).toBe('与瑞士 IBI 公司签署协议');
    expect(collapseSpacing('在光伏、半导体、3C 行业')).toBe('在光伏、半导体、3C 行业');
    expect(collapseSpacing('Smart   Factory')).toBe('Smart Factory');
    expect(collapseSpacing('编号 12 34')).toBe('编号12 34');
  });
});

describe('joinLines', () => {
  it('joins Chinese with nothing, Latin words with a space, hyphenated words without the hyphen', () => {
    expect(joinLines(['今年7', '月，中润新能源'])).toBe('今年7月，中润新能源');
    expect(joinLines(['8月8日，OCTO⁃', 'PUS 半导体'])).toBe('8月8日，OCTOPUS 半导体');
    expect(joinLines(['发布了 Smart', 'Factory 平台'])).toBe('发布了 Smart Factory 平台');
    expect(joinLines(['数量为1-', '7月'])).toBe('数量为1-7月');
    expect(joinLines(['产业化园区200', '万平方米'])).toBe('产业化园区200万平方米');
  });
});

describe('readLines', () => {
  it('keeps offsets into the page text and flags doubled lines', () => {
    const page = '正文第一行\n\n' + doubled('海口高新区', '：') + '\r\n 本报讯 今年';
    const lines = readLines(page);
    expect(lines.map((l) => l.raw)).toEqual(['正文第一行', '海口高新区：', '本报讯 今年']);
    expect(lines.map((l) => l.doubled)).toEqual([false, true, false]);
    expect(lines[2]?.indented).toBe(true);
    for (const l of lines)
      expect(page.slice(l.start).trimStart().startsWith(l.raw.slice(0, 2)) || l.doubled).toBe(true);
  });

  it('does not read blank lines as paragraph breaks: layers put them after lines and between columns', () => {
    const raw = [
      '前三季度，岳阳经济技术开发',
      '',
      '区规模以上工业总产值完成',
      '658.4亿元，同比增长9.2%。',
      '',
      '第二段开始写起来。',
    ].join('\n');
    expect(repairText(raw).split('\n')).toEqual([
      '前三季度，岳阳经济技术开发区规模以上工业总产值完成658.4亿元，同比增长9.2%。',
      '第二段开始写起来。',
    ]);
  });
});

describe('repairText', () => {
  it('joins the lines of a paragraph, breaks at sentence ends and short lines, keeps real repetitions', () => {
    const raw = [
      '大家常常说，事情要研究研究',
      '再干，天天都有新变化，人人都',
      '有收获。',
      '速度，没有最快只有更快',
      '项目建设是推动高质量发展的“稳',
      '定器”与“强引擎”，增 长 25.6% ，占',
      '全部投资的一半以上。',
    ].join('\n\n');
    expect(repairText(raw).split('\n')).toEqual([
      '大家常常说，事情要研究研究再干，天天都有新变化，人人都有收获。',
      '速度，没有最快只有更快',
      '项目建设是推动高质量发展的“稳定器”与“强引擎”，增长25.6%，占全部投资的一半以上。',
    ]);
  });

  it('undoes doubled title lines inside a page', () => {
    const raw = [
      '正文一句话写完了。',
      doubled('淄博高新区', '：'),
      doubled('1', '-', '7', '月经济运行稳中有进'),
    ].join('\n\n');
    expect(repairText(raw).split('\n')).toEqual([
      '正文一句话写完了。',
      '淄博高新区：',
      '1-7月经济运行稳中有进',
    ]);
  });
});

describe('text layers of re-flowed text', () => {
  it('collapses a line spaced character by character, the digits of a number included', () => {
    expect(collapseSpacing('工 业 产 值 1 4 8 4 . 1 亿 元 ， 增')).toBe('工业产值1484.1亿元，增');
    expect(collapseSpacing('去年 3 月 12 日')).toBe('去年3月12日');
  });

  it('reads a ragged layer (lines cut anywhere) as paragraphs, not as titles and short lines', () => {
    const text =
      '三月五日上午，嘉兴湾新区召开年度工作总结大会，会议通报了全年主要经济指标完成情况，并部署了新一年的重点工作任务，全年实现地区生产总值128.6亿元，同比增长9.5%；规上工业总产值完成265.3亿元，同比增长12.1%；固定资产投资增长8.8%，进出口总额完成3.1亿美元，新增市场主体两千余户，新引进亿元以上项目二十个。';
    const widths = [11, 17, 13, 16, 12, 15, 14, 17, 11, 16, 13, 15, 12, 17, 14];
    const lines: string[] = [];
    for (let i = 0, k = 0; i < text.length; k++) {
      const w = widths[k % widths.length]!;
      lines.push(text.slice(i, i + w));
      i += w;
    }
    expect(repairText(lines.join('\n\n')).split('\n')).toEqual([text]);
  });
});

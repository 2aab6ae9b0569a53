import { describe, expect, it } from 'vitest';
import { ParkSchema } from '@parkbrief/domain';
import {
  companyNames,
  findParkMentions,
  parkForMention,
  shortParkName,
  type ParkMention,
} from '../src/index.js';

const named = (ms: readonly ParkMention[]): ParkMention[] =>
  ms.filter((m) => m.kind === 'registered' || m.kind === 'unregistered');

describe('findParkMentions', () => {
  it('recognises registry names and aliases, longest first, with or without 国家', () => {
    const ms = named(
      findParkMentions(
        '徐州高新区与徐州国家高新区、中山火炬高技术产业开发区和火炬开发区，还有苏州工业园区。',
      ),
    );
    expect(ms.map((m) => [m.text, m.parkId])).toEqual([
      ['徐州高新区', 'xuzhou-gaoxinqu'],
      ['徐州国家高新区', 'xuzhou-gaoxinqu'],
      ['中山火炬高技术产业开发区', 'zhongshanhuoju-kaifaqu'],
      ['火炬开发区', 'zhongshanhuoju-kaifaqu'],
      ['苏州工业园区', 'suzhou-gongyeyuanqu'],
    ]);
    for (const m of ms) expect(m.kind).toBe('registered');
  });

  it('recognises unregistered parks by a place name and a generic ending', () => {
    const text =
      '这是衢州智造新城今年以来外贸形势的一个场景，宁波前湾新区和合肥滨湖新区也在发力，绍兴滨海新城同样如此。';
    const ms = named(findParkMentions(text));
    expect(ms.map((m) => m.text)).toEqual(['衢州智造新城', '宁波前湾新区', '合肥滨湖新区', '绍兴滨海新城']);
    for (const m of ms) {
      expect(m.kind).toBe('unregistered');
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const park = parkForMention(ms[0]!);
    expect(park).toEqual({
      id: 'quzhouzhizao-xincheng',
      name: '衢州智造新城',
      shortName: '衢州智造新城',
      aliases: [],
      province: '浙江省',
      city: '衢州市',
      level: 'other',
      registered: false,
    });
    expect(ParkSchema.parse(park)).toEqual(park);
  });

  it('reads the long and short forms of an unregistered park as one park', () => {
    const ms = named(findParkMentions('前三季度，醴陵经济技术开发区产值增长，醴陵经开区外贸翻番。'));
    expect(ms.map((m) => m.text)).toEqual(['醴陵经济技术开发区', '醴陵经开区']);
    expect(new Set(ms.map((m) => m.parkId))).toEqual(new Set(['liling-jingkaiqu']));
    expect(parkForMention(ms[0]!)).toMatchObject({
      shortName: '醴陵经开区',
      name: '醴陵经开区',
      aliases: ['醴陵经济技术开发区'],
    });
    expect(shortParkName('濂溪国家高新技术产业开发区')).toBe('濂溪高新区');
  });

  it('recognises a short proper name with a park ending, not a count or a descriptive phrase', () => {
    const text =
      '今年以来，濂溪新城坚持项目为王。一季度新城营收增长，陕西省两家国家高新区发展良好，产业新城建设提速。';
    expect(named(findParkMentions(text)).map((m) => [m.text, m.parkId])).toEqual([
      ['濂溪新城', 'lianxi-xincheng'],
    ]);
  });

  it('reads 该高新区, 园区 and 全区 as the article park, not as new parks', () => {
    const ms = findParkMentions('今年以来，该高新区营收增长，园区企业加快发展，全区上下齐心。', {
      articleParkId: 'zibo-gaoxinqu',
    });
    expect(ms.map((m) => [m.text, m.kind, m.parkId])).toEqual([
      ['该高新区', 'anaphor', 'zibo-gaoxinqu'],
      ['园区', 'anaphor', 'zibo-gaoxinqu'],
      ['全区', 'anaphor', 'zibo-gaoxinqu'],
    ]);
    expect(findParkMentions('园区企业')[0]?.parkId).toBeNull();
  });

  it('keeps sub-areas without a place of their own apart from parks', () => {
    const ms = findParkMentions(
      '大力推进特色专业创新园区建设，聚力推进先进计算产业园一期，科创大走廊加速建设。',
    );
    expect(named(ms)).toEqual([]);
    expect(ms.filter((m) => m.kind === 'subarea').map((m) => m.text)).toEqual([
      '特色专业创新园区',
      '先进计算产业园',
    ]);
  });

  it('does not take cities, provinces, universities or companies for parks', () => {
    const ms = named(
      findParkMentions(
        '徐州市、江苏省、中国矿业大学、江苏师范大学、徐工集团、中润新能源（徐州）有限公司和衢州市委。',
      ),
    );
    expect(ms).toEqual([]);
  });

  it('resolves overlapping forms to the longest name', () => {
    const ms = named(findParkMentions('武汉东湖高新区'));
    expect(ms.map((m) => [m.text, m.parkId])).toEqual([['武汉东湖高新区', 'donghu-gaoxinqu']]);
  });
});

describe('companyNames', () => {
  it('keeps company names as written, starting after the sentence’s verb or function word', () => {
    expect(
      companyNames(
        '今年7月，中润新能源（徐州）有限公司迎来又一个高光时刻。中润新能源（徐州）有限公司是由江苏中润光能科技股份有限公司投资建设的，近日，通天星集团负责人表示，“很好。”拓烯衢州公司总经理说。',
      ),
    ).toEqual(['中润新能源（徐州）有限公司', '江苏中润光能科技股份有限公司', '通天星集团', '拓烯衢州公司']);
  });

  it('leaves generic references out', () => {
    expect(companyNames('华熙生物又引进乐敦制药、BMS前来成立合资公司，该公司表示，这家公司很好。')).toEqual(
      [],
    );
  });

  it('keeps Latin names with their spaces', () => {
    expect(companyNames('海口高新区联合苏生生物与瑞士 IBI 公司签署协议。')).toEqual(['瑞士 IBI 公司']);
  });
});

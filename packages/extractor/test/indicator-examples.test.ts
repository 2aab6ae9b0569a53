/**
 * Names given as examples of what is counted (甲、乙等重大项目10个), parks listed together as a subject, and a
 * list of changes paired with a list of parks. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';

function read(text: string) {
  return extractIssue({
    id: 'examples-test',
    publication: '测试',
    date: '2024-08-20',
    pages: [{ number: 1, text }],
  }).indicators;
}

describe('names given as examples', () => {
  it('labels a count by what follows 等, not by the examples before it', () => {
    const rows = read('上半年，宁远经开区签约了甲医疗中心、乙新工厂等重大外资项目10个，协议金额5.6亿美元。');
    expect(rows.map((r) => [r.subject.kind, r.label, r.value?.text])).toEqual([
      ['park', '重大外资项目', '10个'],
      ['park', '协议金额', '5.6亿美元'],
    ]);
  });

  it('does not make a park or a sub-area named as an example the subject', () => {
    const rows = read('上半年，宁远经开区储备了东安经开区等重点在谈项目60多个，预计投资额800多亿元。');
    expect(rows.map((r) => [r.subject.kind, r.subject.parkId])).toEqual([
      ['park', 'ningyuan-jingkaiqu'],
      ['park', 'ningyuan-jingkaiqu'],
    ]);
  });

  it('keeps the industries a list of figures goes to (电子、医药等行业…分别增长)', () => {
    const rows = read('上半年，宁远经开区电子信息、生物医药等行业产值分别增长12.5%、9%。');
    expect(rows.map((r) => r.subject.name)).toEqual(['电子信息', '生物医药']);
  });
});

describe('parks listed together', () => {
  it('gives the bare figures after them to them together, as a region', () => {
    const rows = read(
      '宁远经开区、东安经开区和祁阳经开区分别与有关企业签署项目合作协议，涉及甲基地、乙中心等6个项目，协议总投资约120亿元。',
    );
    const total = rows.find((r) => r.label === '协议总投资');
    expect(total?.subject).toMatchObject({ kind: 'region', name: '宁远经开区、东安经开区和祁阳经开区' });
  });

  it('still pairs a list of changes with the parks in order, each with its own figure', () => {
    const rows = read('上半年，宁远经开区、东安经开区和祁阳经开区工业产值分别增长12%、9%和7%。');
    expect(rows.map((r) => [r.subject.parkId, r.change?.value, r.change?.text])).toEqual([
      ['ningyuan-jingkaiqu', 12, '增长12%'],
      ['dongan-jingkaiqu', 9, '增长9%'],
      ['qiyang-jingkaiqu', 7, '增长7%'],
    ]);
  });
});

describe('a figure from one year to another', () => {
  it('gives each figure of 从…年的X增至…年的Y its own year and the same metric', () => {
    const rows = extractIssue({
      id: 'from-to',
      publication: '测试',
      date: '2021-03-01',
      pages: [{ number: 1, text: '宁远经开区营业收入从2015年的80亿元增长到2020年的210亿元。' }],
    }).indicators;
    expect(rows.map((r) => [r.label, r.value?.text, r.period?.start, r.period?.end])).toEqual([
      ['营业收入', '80亿元', '2015-01', '2015-12'],
      ['营业收入', '210亿元', '2020-01', '2020-12'],
    ]);
  });

  it('reads the figure a threshold led up to as the later year’s', () => {
    const rows = read('宁远综保区进出口额从2018年的15亿元升至2022年的首次突破100亿元，达到138亿元。');
    expect(rows.map((r) => [r.value?.text, r.period?.start])).toEqual([
      ['15亿元', '2018-01'],
      ['138亿元', '2022-01'],
    ]);
  });
});

describe('parks listed with their changes', () => {
  it('gives each park its change of the metric the sentence opened with', () => {
    const rows = read(
      '技工贸收入增长较快的园区有3家，分别是泸溪经开区同比增长40.1%、永州经开区同比增长29.1%、古丈工业集中区同比增长26.2%。',
    );
    expect(rows.map((r) => [r.subject.kind, r.label, r.change?.value])).toEqual([
      ['park', '技工贸收入', 40.1],
      ['park', '技工贸收入', 29.1],
      ['park', '技工贸收入', 26.2],
    ]);
    expect(new Set(rows.map((r) => r.subject.parkId)).size).toBe(3);
  });
});

describe('a ranking of parks by one metric', () => {
  it('gives each park named in turn its figure of the metric written once', () => {
    const rows = read(
      '前三季度，怀化经开区每平方公里实际利用外资8678万美元，居首位。其次为常德经开区，为6516万美元。岳阳经开区以5356万美元/平方公里排名第三。',
    );
    expect(rows.map((r) => [r.subject.parkId, r.label, r.value?.text])).toEqual([
      ['huaihua-jingkaiqu', '每平方公里实际利用外资', '8678万美元'],
      ['changde-jingkaiqu', '每平方公里实际利用外资', '6516万美元'],
      ['yueyang-jingkaiqu', '每平方公里实际利用外资', '5356万美元/平方公里'],
    ]);
  });

  it('reads a park named in a middle clause as the subject of the figures after it', () => {
    const rows = read(
      '前三季度，怀化经开区每平方公里实现工业总产值144.17亿元，居首位；其次为永州经开区，每平方公里实现工业总产值96.98亿元。',
    );
    expect(rows.map((r) => r.subject.parkId)).toEqual(['huaihua-jingkaiqu', 'yongzhou-jingkaiqu']);
  });
});

describe('a sub-area inside an example project', () => {
  it('is not the subject of the figures after it, and 推动 is no part of the metric', () => {
    const rows = read(
      '1-5月，宁远经开区规上工业产值120亿元。东部片区起步区配套工程等36宗项目如期开工，推动基础设施投资完成50.4亿元，增长8.6%。',
    );
    const infra = rows.find((r) => r.value?.text === '50.4亿元');
    expect([infra?.subject.kind, infra?.label]).toEqual(['park', '基础设施投资']);
  });
});

describe('a name alone', () => {
  it('does not make a caption’s or heading’s park the one the figures after it are of', () => {
    const rows = read(
      '1-5月，宁远经开区规上工业增加值28.3亿元，增长12%。东安经开区。记者 张三 摄。全区规上工业企业实现利润总额4.9亿元，增长14.1%。',
    );
    expect(rows.map((r) => r.subject.parkId)).toEqual(['ningyuan-jingkaiqu', 'ningyuan-jingkaiqu']);
  });
});

describe('parks listed before the clause that pairs them', () => {
  it('pairs 分别 figures with the parks an earlier clause listed, under the metric it named', () => {
    const rows = read('前三季度，怀化经开区和永州经开区的投资增长尤为迅速，分别增长50.1%和46.9%。');
    expect(rows.map((r) => [r.subject.parkId, r.label, r.change?.value])).toEqual([
      ['huaihua-jingkaiqu', '投资', 50.1],
      ['yongzhou-jingkaiqu', '投资', 46.9],
    ]);
  });

  it('reads a list whose 、 were lost, and changes written as 增长率分别为', () => {
    const rows = read(
      '前三季度，常德经开区、岳阳经开区邵阳经开区分别完成税收19.36亿元、4.31亿元2.88亿元，增长率分别为20.7%、18.0%34.6%。',
    );
    expect(rows.map((r) => [r.subject.parkId, r.value?.text, r.change?.value])).toEqual([
      ['changde-jingkaiqu', '19.36亿元', 20.7],
      ['yueyang-jingkaiqu', '4.31亿元', 18],
      ['shaoyang-jingkaiqu', '2.88亿元', 34.6],
    ]);
  });
});

describe('a place before the metric words of a clause without figures', () => {
  it('is the subject of the figures after it', () => {
    const rows = read('据统计，上半年，株洲市GDP增速领跑，GDP达97.49亿元，比上年同期增长8.1%。');
    expect(rows.map((r) => [r.subject.kind, r.subject.name])).toEqual([['region', '株洲市']]);
  });
});

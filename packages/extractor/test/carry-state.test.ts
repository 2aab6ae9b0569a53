import { describe, expect, it } from 'vitest';
import { type Mention, type SubjectGuess } from '../src/steps/attribute-subject.js';
import {
  carryClauseSubject,
  carryCompany,
  carryMetricWord,
  carryParks,
  carryPeriods,
  carrySentenceSubject,
  carrySubArea,
  carryTopic,
  leadsAsGroup,
  parkDefault,
  parkOf,
  resumePeriod,
  returnToTopic,
  startParagraph,
  startReading,
  startSentence,
  type SentenceState,
} from '../src/steps/carry-state.js';
import { type ArticleText, type Draft } from '../src/steps/indicator-draft.js';
import { findPeriods } from '../src/steps/resolve-period.js';

const company = (name: string): SubjectGuess => ({ kind: 'company', name, parkId: null });
const region = (name: string): SubjectGuess => ({ kind: 'region', name, parkId: null });
const industry = (name: string): SubjectGuess => ({ kind: 'industry', name, parkId: null });
const parkSubject = (parkId: string): SubjectGuess => ({ kind: 'park', name: null, parkId });
const clauseOf = (s: string) => ({ start: 0, end: s.length, sep: '' });

function article(s: string, kindOf: Record<string, readonly string[]> = {}): ArticleText {
  return {
    text: s,
    s,
    issueDate: '2023-09-11',
    mentions: [],
    quotes: [],
    speechQuotes: [],
    kindOf: new Map(Object.entries(kindOf)),
    speakers: new Map(),
  };
}

function sentence(s: string): SentenceState {
  return startSentence(article(s), { start: 0, end: s.length, paragraph: 0, clauses: [clauseOf(s)] });
}

function draftOf(subject: SubjectGuess): Draft {
  return {
    subject,
    label: '产值',
    value: null,
    change: null,
    share: null,
    comparison: null,
    period: null,
    evStart: 0,
    evEnd: 0,
    subjectWritten: true,
    periodWritten: false,
  };
}

describe('carry rules', () => {
  it('an article starts at its main park and the year its headline names', () => {
    const st = startReading('p1', '2011年国民经济和社会发展统计公报');
    expect(st).toMatchObject({ currentPark: 'p1', lastParkId: 'p1', contextYear: 2011, period: null });
    expect(startReading(null, '').contextYear).toBeNull();
  });

  it('a new paragraph ends the carried subjects but not the period', () => {
    const st = startReading('p1', '');
    st.period = { label: '1-7月', start: '2023-01', end: '2023-07' };
    st.carried = company('甲公司');
    st.carriedIndustry = industry('新材料产业');
    st.carriedRegion = region('全市');
    st.subArea = region('量子科技产业园');
    startParagraph(st, 3);
    expect(st).toMatchObject({ paragraph: 3, carried: null, carriedIndustry: null, carriedRegion: null });
    expect(st.subArea).toBeNull();
    expect(st.period?.label).toBe('1-7月');
  });

  it('a sentence opening with 其中 is a breakdown', () => {
    expect(sentence('其中出口12亿元').qizhong).toBe(true);
    expect(sentence('“其中出口12亿元').qizhong).toBe(true);
    expect(sentence('出口12亿元').qizhong).toBe(false);
  });

  it('a semicolon returns to the sentence topic; a comma does not', () => {
    const sent = sentence('x');
    sent.topicSubject = parkSubject('p1');
    sent.subject = company('甲公司');
    returnToTopic(sent, '，');
    expect(sent.subject).toEqual(company('甲公司'));
    returnToTopic(sent, '；');
    expect(sent.subject).toEqual(parkSubject('p1'));
  });

  it('a period named carries on and is written in its sentence', () => {
    const s = '上半年园区实现产值12亿元';
    const st = startReading('p1', '');
    const sent = sentence(s);
    const periods = findPeriods(s, 0, s.length, { issueDate: '2023-09-11', contextYear: null });
    const own = carryPeriods(st, sent, s, clauseOf(s), periods);
    expect(own?.label).toBe('上半年');
    expect(st.period?.label).toBe('上半年');
    expect(sent.periodInSentence).toBe(st.period);
  });

  it('去年同期 is the clause period but the period carried on stays', () => {
    const s = '去年同期为75亿元';
    const st = startReading('p1', '');
    st.period = { label: '上半年', start: '2023-01', end: '2023-06' };
    const periods = findPeriods(s, 0, s.length, { issueDate: '2023-09-11', contextYear: 2023 });
    const own = carryPeriods(st, sentence(s), s, clauseOf(s), periods);
    expect(own?.label).toBe('去年同期');
    expect(st.period.label).toBe('上半年');
  });

  it('a date stops the period for its sentence, which resumes after it', () => {
    const s = '8月8日园区签约项目12个';
    const st = startReading('p1', '');
    st.period = { label: '上半年', start: '2023-01', end: '2023-06' };
    const sent = sentence(s);
    const periods = findPeriods(s, 0, s.length, { issueDate: '2023-09-11', contextYear: 2023 });
    carryPeriods(st, sent, s, clauseOf(s), periods);
    expect(st.period).toBeNull();
    expect(sent.datedSentence).toBe(true);
    resumePeriod(st, sent);
    expect(st.period?.label).toBe('上半年');
  });

  it('the first company named is what 该企业 refers to', () => {
    const st = startReading('p1', '');
    const ms: Mention[] = [
      { start: 0, end: 3, kind: 'company', parkId: null, name: '甲公司' },
      { start: 5, end: 8, kind: 'company', parkId: null, name: '乙公司' },
    ];
    carryCompany(st, ms);
    expect(st.lastCompany).toBe('甲公司');
  });

  it('a park named as subject becomes current; a group leading the clause becomes the group', () => {
    const s = '乙经开区实现产值12亿元';
    const st = startReading('p1', '');
    const a = article(s, { p2: ['经开区'] });
    const ms: Mention[] = [{ start: 0, end: 4, kind: 'park', parkId: 'p2', name: '乙经开区' }];
    carryParks(st, a, clauseOf(s), ms, 0, 8);
    expect(st).toMatchObject({ currentPark: 'p2', lastParkId: 'p2', currentGroup: null });
    expect(st.lastOfKind.get('经开区')).toBe('p2');
    expect(
      parkOf(st, '该经开区', { start: 0, end: 4, kind: 'park', parkId: 'p1', name: null, ref: true }),
    ).toBe('p2');

    const g = '全市工业园区实现产值12亿元';
    const gm: Mention = { start: 0, end: 6, kind: 'region', parkId: null, name: '全市工业园区' };
    expect(leadsAsGroup(g, 0, gm)).toBe(true);
    carryParks(st, article(g), clauseOf(g), [gm], 0, 10);
    expect(st.currentGroup).toEqual(region('全市工业园区'));
    expect(parkDefault(st)).toEqual(region('全市工业园区'));
    st.currentGroup = null;
    expect(parkDefault(st)).toEqual(parkSubject('p2'));
  });

  it("a clause's subject is the sentence's; the first park or region with figures is its topic", () => {
    const sent = sentence('x');
    carryClauseSubject(sent, company('甲公司'), 1);
    expect(sent.topicSubject).toBeNull();
    carryClauseSubject(sent, region('全市'), 0);
    expect(sent.topicSubject).toBeNull();
    carryClauseSubject(sent, parkSubject('p1'), 2);
    expect(sent.topicSubject).toEqual(parkSubject('p1'));
    carryClauseSubject(sent, null, 1);
    expect(sent.subject).toEqual(parkSubject('p1'));
  });

  it('a name in a clause without figures after the figures concludes; it is not the subject carried on', () => {
    const sent = sentence('x');
    carryClauseSubject(sent, parkSubject('p1'), 2);
    sent.drafts.push(draftOf(parkSubject('p1')));
    carryClauseSubject(sent, company('甲机场'), 0, true);
    expect(sent.subject).toEqual(parkSubject('p1'));
    // in a middle clause it leads the figures after it (其次为乙经开区，每平方公里…)
    carryClauseSubject(sent, parkSubject('p2'), 0, false);
    expect(sent.subject).toEqual(parkSubject('p2'));
    // before any figure, a clause without figures still names the subject (该公司今年以来，实现…)
    const first = sentence('y');
    carryClauseSubject(first, company('甲公司'), 0);
    expect(first.subject).toEqual(company('甲公司'));
  });

  it("a first clause without figures names the sentence's topic", () => {
    const s = '全区财政总收入跃上新台阶';
    const sent = sentence(s);
    carryTopic(sent, s, 0, s.length);
    expect(sent.topic).toBe('全区财政总收入');
  });

  it("a sentence's subject carries by its kind", () => {
    const st = startReading('p1', '');
    const sent = sentence('x');
    sent.subject = company('甲公司');
    carrySentenceSubject(st, sent);
    expect(st.carried).toEqual(company('甲公司'));
    sent.subject = region('全国');
    carrySentenceSubject(st, sent);
    expect(st.carriedRegion).toEqual(region('全国'));
    sent.subject = parkSubject('p1');
    st.carriedIndustry = industry('新材料产业');
    carrySentenceSubject(st, sent);
    expect(st).toMatchObject({ carried: null, carriedIndustry: null, carriedRegion: null });
    sent.drafts.push(draftOf(industry('集成电路产业')));
    carrySentenceSubject(st, sent);
    expect(st.carriedIndustry).toEqual(industry('集成电路产业'));
  });

  it('a sub-area named as subject stays until another is named or the paragraph ends', () => {
    const st = startReading('p1', '');
    carrySubArea(st, region('量子科技产业园'));
    carrySubArea(st, null);
    expect(st.subArea).toEqual(region('量子科技产业园'));
    startParagraph(st, 1);
    expect(st.subArea).toBeNull();
  });

  it("a row's metric word is what a later bare change is of", () => {
    const st = startReading('p1', '');
    carryMetricWord(st, '四强产业增加值');
    expect(st.lastMetricWord).toBe('增加值');
    carryMetricWord(st, '新台阶');
    expect(st.lastMetricWord).toBe('增加值');
  });
});

/**
 * A clause's own subject, written before its first figure: a company, a group of parks, a park (or the
 * sub-area or inner park written after it) among the clause's mentions; else the words leading the clause
 * (由…的, a subject phrase), or a name standing before the period words (中天东方氟硅上半年…).
 */
import {
  classifySubjectPhrase,
  isCountedFirms,
  isSubjectPosition,
  leadingSubject,
  metricWordIn,
  type Mention,
  type SubjectGuess,
} from './attribute-subject.js';
import { leadsAsGroup, parkOf, type ReadingState } from './carry-state.js';
import { type PeriodMention } from './resolve-period.js';
import { mentionsIn } from './search-spans.js';
import { type Clause } from './split-sentences.js';

/** Where `findClauseSubject` looks. */
export interface ClauseSubjectInput {
  /** The normalised article text. */
  readonly s: string;
  /** All mentions of the article (for a name before the period words, which must be none of them). */
  readonly mentions: readonly Mention[];
  readonly clause: Clause;
  /** The clause's index in its sentence. */
  readonly ci: number;
  readonly periods: readonly PeriodMention[];
  readonly clauseMentions: readonly Mention[];
  /** Where the clause's words start past its leading period words. */
  readonly contentStart: number;
  /** The start of the clause's first figure (its end when none). */
  readonly firstFig: number;
  readonly figCount: number;
}

/** A clause's subject, where its words end (-1 when unknown), and a sub-area named as a subject. */
export interface ClauseSubject {
  readonly subject: SubjectGuess | null;
  readonly end: number;
  /** A sub-area named after its park (…高新区量子科技产业园迎来…), which 园区 refers to from now on. */
  readonly subArea: SubjectGuess | null;
}

const LEAD_WORDS = /^(其中|同时|此外|另外|目前|近日|日前|据统计)/;

/** The clause's own subject, written before its first figure; null subject when it names none. */
export function findClauseSubject(c: ClauseSubjectInput, state: ReadingState): ClauseSubject {
  const named = subjectMentioned(c, state);
  if (named.subject) return named;
  const lead = leadSubject(c);
  if (lead.subject) return { ...lead, subArea: named.subArea };
  const np = nameBeforePeriod(c);
  return { subject: np?.subject ?? null, end: np?.end ?? lead.end, subArea: named.subArea };
}

/** The subject among the clause's mentions before its first figure. */
function subjectMentioned(c: ClauseSubjectInput, state: ReadingState): ClauseSubject {
  const { s, clause, clauseMentions, firstFig } = c;
  let clauseSubj: SubjectGuess | null = null;
  let clauseSubjEnd = -1;
  let subArea: SubjectGuess | null = null;
  for (const m of clauseMentions) {
    if (m.start >= firstFig) break;
    if (m.kind === 'company') clauseSubj = { kind: 'company', name: m.name, parkId: null };
    else if (m.kind === 'companyRef') clauseSubj = { kind: 'company', name: state.lastCompany, parkId: null };
    else if (m.kind === 'region') {
      if (leadsAsGroup(s, c.contentStart, m)) {
        clauseSubj = { kind: 'region', name: m.name, parkId: null };
        clauseSubjEnd = m.end;
      }
    } else if (m.ref && state.subArea && s.startsWith('园区', m.start) && !clauseSubj)
      clauseSubj = state.subArea;
    else if (isSubjectPosition(s, clause.start, m.start, m.end) && !clauseSubj) {
      // 合肥高新区量子科技产业园迎来…: the sub-area written after the park's name is the subject
      if (!m.ref) {
        const area = SUB_AREA_AFTER_PARK.exec(s.slice(m.end, Math.min(m.end + 16, firstFig, clause.end)));
        if (area) {
          subArea = { kind: 'region', name: area[1]!, parkId: null };
          if (firstFig < clause.end) clauseSubj = subArea;
          break;
        }
      }
      // 西咸新区沣东新城: a park written right after the one containing it is the subject
      let inner = m;
      for (const n of clauseMentions)
        if (n.start === inner.end && n.kind === 'park' && !n.ref && n.start < firstFig) inner = n;
      clauseSubj = { kind: 'park', name: null, parkId: parkOf(state, s, inner) };
    }
    if (clauseSubj) break;
  }
  return { subject: clauseSubj, end: clauseSubjEnd, subArea };
}

/** A sub-area's name right after a park's (量子科技产业园, 智能制造基地, 生命科学园). */
const SUB_AREA_AFTER_PARK =
  /^([\u4e00-\u9fff]{2,10}?(?:产业园|科技园|创新园|产业基地|基地|科学园)|[A-Z一二三四东西南北][区园](?![内外]))/;

/** The subject the words leading the clause name: 由…的 (who did it), or a subject phrase. */
function leadSubject(c: ClauseSubjectInput): { subject: SubjectGuess | null; end: number } {
  const { s, contentStart, firstFig } = c;
  const lead = s.slice(contentStart, firstFig).replace(LEAD_WORDS, '');
  if (lead.startsWith('由')) {
    const de = lead.indexOf('的');
    const name = (de > 1 ? lead.slice(1, de) : lead.slice(1, 20)) || null;
    return { subject: { kind: 'other', name, parkId: null }, end: -1 };
  }
  if (c.ci === 0 || c.figCount === 0 || lead.length > 0) {
    const l = leadingSubject(lead);
    if (l) {
      // looked for between the clause's start and its first figure only, never in the rest of the text
      const rel = l.name ? s.slice(contentStart, firstFig).indexOf(l.name) : -1;
      return { subject: l, end: rel >= 0 ? contentStart + rel + l.name!.length : -1 };
    }
  }
  return { subject: null, end: -1 };
}

/** 中天东方氟硅上半年累计获得…: a name standing before the period words is the subject. */
function nameBeforePeriod(c: ClauseSubjectInput): { subject: SubjectGuess; end: number } | null {
  const { s, contentStart, firstFig } = c;
  const p0 = c.periods.find((p) => p.period && p.start > contentStart && p.start < firstFig);
  if (!p0) return null;
  const np = s.slice(contentStart, p0.start).replace(LEAD_WORDS, '');
  if (
    (/^[\u4e00-\u9fffA-Za-z（）()]{2,12}$/.test(np) ||
      // (a long name with a region's or an industry's ending: 中国(南宁)跨境电子商务综合试验区)
      (/^[\u4e00-\u9fffA-Za-z（）()·]{2,30}$/.test(np) && classifySubjectPhrase(np) !== null)) &&
    !/了|^(完成|实现|获得|累计|已|新增|达|在|对|为|将|预计|计划|力争|争取|有望|拟|预期|到|于)/.test(np) &&
    // (特别是今年以来, 尤其是上半年: an adverb before the period words, no name)
    !/^(特别是|尤其是|特别|尤其|同时|另外|此外|而且|并且|但是|不过|截至|截止)/.test(np) &&
    // (a count of firms names a metric, 企业, but standing before the period words it is who did it:
    // 两家企业前三季度实现…)
    (!metricWordIn(np) || isCountedFirms(np)) &&
    !mentionsIn(c.mentions, contentStart, p0.start).length
  ) {
    return { subject: classifySubjectPhrase(np) ?? { kind: 'other', name: np, parkId: null }, end: p0.start };
  }
  return null;
}

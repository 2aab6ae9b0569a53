/**
 * Periods as written (上半年, 一季度, 前三季度, 1-7月, 1至8月, 今年以来, 去年, 全年, 2021年, 当年, 截至目前,
 * 截至8月底, 8月份, 下半年), found in a text and resolved to first and last month against the issue date.
 *
 * Conventions (decided here, documented for the briefing's reader):
 * - A period without a year is in the issue's year; when it would start after the issue's month it is the
 *   previous year's (1-11月 printed in January is last year's).
 * - 今年以来 / 年初以来 / 截至目前 run from January to the month before the issue's month: statistics are
 *   published for complete months (an issue of 2023-09-11 reads 2023-01..2023-08). In January they cover
 *   January alone.
 * - 截至8月底 / 截至9月末 / 截至目前 / 截至2022年底 count a stock at one moment: the period is that one month
 *   (start = end), never a range carried from 上半年 or 今年以来.
 * - 年底/年末 is the year's last month; 当年/同年 is the year last named in the text (else the issue's year).
 * - 去年同期 after 比/较/与 is the basis of a change, not a period: it is reported with `basis: true` and
 *   no period.
 */
import type { Period } from '@parkbrief/domain';

/** A day a count was taken on, right before a span up to now (截至11月20日，今年以来). */
const AS_OF_DAY = /(?:截至|截止|到)(?:(\d{4})年)?(\d{1,2})月\d{1,2}日[，,、 ]*$/;

/** A period mention found in a text. */
export interface PeriodMention {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** The resolved period; null for a basis (比去年同期) or a point that is not a period. */
  readonly period: Period | null;
  /** The mention is the basis of a comparison (去年同期 after 比/较), not the figure's period. */
  readonly basis: boolean;
  /** The year the mention names, to resolve a later 当年. */
  readonly year: number | null;
}

/** What relative periods resolve against. */
export interface PeriodContext {
  /** YYYY-MM-DD. */
  readonly issueDate: string;
  /** The year last named before this point (for 当年); null when none. */
  readonly contextYear?: number | null;
}

const CN_MONTH: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

const pad = (m: number): string => String(m).padStart(2, '0');
const ym = (y: number, m: number): string => `${String(y).padStart(4, '0')}-${pad(m)}`;

let lastIssue: { date: string; y: number; m: number } | null = null;

function issueYearMonth(issueDate: string): { y: number; m: number } {
  if (lastIssue?.date === issueDate) return lastIssue;
  lastIssue = { date: issueDate, ...parseIssueDate(issueDate) };
  return lastIssue;
}

function parseIssueDate(issueDate: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})/.exec(issueDate);
  const y = match ? Number(match[1]) : 1970;
  const m = match ? Math.min(12, Math.max(1, Number(match[2]))) : 1;
  return { y, m };
}

/** Reads a month number (1-12, or 一…十二) at `i`; null when none. */
function readMonthNumber(s: string, i: number): { m: number; end: number } | null {
  const d = /^\d{1,2}/.exec(s.slice(i, i + 2));
  if (d) {
    if (i > 0 && /\d/.test(s[i - 1]!)) return null;
    const m = Number(d[0]);
    return m >= 1 && m <= 12 ? { m, end: i + d[0].length } : null;
  }
  for (const w of ['十一', '十二', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']) {
    if (s.startsWith(w, i)) return { m: CN_MONTH[w]!, end: i + w.length };
  }
  return null;
}

const YEAR_WORDS: ReadonlyArray<readonly [string, number | 'context']> = [
  ['今年', 0],
  ['本年', 0],
  ['去年', -1],
  ['上年', -1],
  ['前年', -2],
  ['明年', 1],
  ['当年', 'context'],
  ['同年', 'context'],
];

const HALF_QUARTER: ReadonlyArray<readonly [string, number, number]> = [
  ['上半年', 1, 6],
  ['下半年', 7, 12],
  ['前三季度', 1, 9],
  ['前两季度', 1, 6],
  ['前二季度', 1, 6],
  ['第一季度', 1, 3],
  ['第二季度', 4, 6],
  ['第三季度', 7, 9],
  ['第四季度', 10, 12],
  ['一季度', 1, 3],
  ['二季度', 4, 6],
  ['三季度', 7, 9],
  ['四季度', 10, 12],
  ['1季度', 1, 3],
  ['2季度', 4, 6],
  ['3季度', 7, 9],
  ['4季度', 10, 12],
  ['全年', 1, 12],
  ['年初以来', 0, 0],
  ['以来', 0, 0],
  ['年底', 12, 12],
  ['年末', 12, 12],
];

const RANGE_SEP = '-—–~～至到－';

/**
 * Reads one period mention starting exactly at `i`; null when none starts there. A period right after
 * 比/较 (增速较上半年回落, 比上年提高) is what a change is measured against: a basis, not the figure's period.
 */
export function readPeriod(s: string, i: number, ctx: PeriodContext): PeriodMention | null {
  const m = readPeriodAt(s, i, ctx);
  if (!m || m.basis || !m.period) return m;
  if (i > 0 && (s[i - 1] === '比' || s[i - 1] === '较') && s[i] !== '截')
    return { ...m, period: null, basis: true };
  // 与上年持平, 同去年相比: what the figure is compared with
  if (
    i > 0 &&
    '与同和'.includes(s[i - 1]!) &&
    /^(基本|大体)?(持平|相比|相当|比较)/.test(s.slice(m.end, m.end + 4))
  )
    return { ...m, period: null, basis: true };
  // 在去年高基数的基础上: what the figure grew on, not its period
  if (i > 0 && s[i - 1] === '在' && /^[^，。；,;]{0,8}(基础上|基数上)/.test(s.slice(m.end, m.end + 12)))
    return { ...m, period: null, basis: true };
  // 从去年的零（激增至…）, 从2017年的12亿元: the start a figure rose from, not the period the text is in
  // (its year stays, for a figure written with it)
  if (i > 0 && s[i - 1] === '从' && s[m.end] === '的') return { ...m, period: null, basis: true };
  // 是2005年的5.2倍, 相当于上年的1.3倍: the year a multiple is measured against
  if (/^的[0-9一二两三四五六七八九十]/.test(s.slice(m.end, m.end + 2)))
    return { ...m, period: null, basis: true };
  // 全年计划, 全年目标: what is planned for the year, not a period figures are reported for
  if (m.label.endsWith('全年') && /^(计划|目标|任务|预期|预计|规划|指标)/.test(s.slice(m.end, m.end + 2)))
    return null;
  // 将于9月投产, 预计明年竣工, 该项目于8月开工: when something happens, not the period of a figure
  const before = s.slice(Math.max(0, i - 3), i);
  // (预计1—9月完成… in November estimates a period already over: still that period's figure)
  const estimatePast = before.endsWith('预计') && m.period.end < ctx.issueDate.slice(0, 7);
  // (预计全年实现… in a year-end report estimates the year's figure: the year is its period)
  const estimateYear = before.endsWith('预计') && m.label === '全年';
  if (!estimatePast && !estimateYear && EVENT_BEFORE.some((w) => before.endsWith(w)))
    return { ...m, period: null, year: null };
  return m;
}

/** Words before a month or year that make it the date of an event (将于9月投产), not a figure's period. */
const EVENT_BEFORE = ['将', '于', '计划', '预计', '拟', '力争', '争取', '有望', '预期', '定于', '到'];

const NEAR_YEARS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 十: 10 };

/** The five-year plans by their ordinal word (十一五 is 2006–2010): each starts five years after the one before. */
const PLAN_ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ['十一五', 2006],
  ['十二五', 2011],
  ['十三五', 2016],
  ['十四五', 2021],
  ['十五五', 2026],
];

/** A span of years counted back (近三年, 过去五年, 五年来): how many, and where the words end. */
function yearsBack(s: string, i: number): { n: number; end: number } | null {
  let j = i;
  if (s.startsWith('过去', j)) {
    j += 2;
    if (s[j] === '的') j++;
  } else if (s[j] === '近') j++;
  const n = NEAR_YEARS[s[j]!];
  if (!n || s[j + 1] !== '年') return null;
  let k = j + 2;
  if (s[k] === '来') k++;
  // 五年来 needs its 来 (五年 alone is a duration: 五年内, 五年后); 近三年, 过去五年 need nothing more
  if (j === i && s[k - 1] !== '来') return null;
  return { n, end: k };
}

/**
 * A five-year plan's span (“十一五”期间 is 2006–2010; 十四五以来 runs from 2021 to the issue's reporting month)
 * and the last N full years before the issue's year (近三年, 过去五年, 五年来): multi-year spans.
 */
function readSpan(s: string, i: number, issueY: number, issueM: number): PeriodMention | null {
  let j = i;
  if (s[j] === '“') j++;
  const plan = PLAN_ORDINALS.find(([w]) => s.startsWith(w, j));
  if (plan) {
    let k = j + 3;
    if (s[k] === '”') k++;
    if (s.startsWith('以来', k) || s.startsWith('期间', k) || s.startsWith('时期', k)) {
      k += 2;
      const label = s.slice(i, k);
      // an issue of January to March reports the span through the year just ended
      const endY = issueM <= 3 ? issueY - 1 : issueY;
      const endM = issueM <= 3 ? 12 : issueM - 1;
      const planEnd = plan[1] + 4;
      const end = endY > planEnd ? ym(planEnd, 12) : ym(endY, endM);
      return {
        start: i,
        end: k,
        label,
        period: { label, start: ym(plan[1], 1), end },
        basis: false,
        year: null,
      };
    }
    return null;
  }
  const back = yearsBack(s, i);
  if (back) {
    const label = s.slice(i, back.end);
    const endY = issueY - 1;
    return {
      start: i,
      end: back.end,
      label,
      period: { label, start: ym(endY - back.n + 1, 1), end: ym(endY, 12) },
      basis: false,
      year: null,
    };
  }
  return null;
}

/** Public holidays that fall in one month every year (春节, 端午 and 中秋 move between months: not here). */
const HOLIDAY_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['元旦', 1],
  ['五一', 5],
  ['国庆', 10],
];
/** What makes a holiday's name the time a figure covers (五一假期, “国庆”黄金周). */
const HOLIDAY_AFTER = /^(”)?(节)?(小长假|长假|假期|黄金周|节假日|期间)/;

/**
 * 五一假期, “国庆”黄金周, 元旦期间: the holiday's month — of the year named before, else the issue's (or the year
 * before, when the issue comes out before that month).
 */
function readHoliday(
  s: string,
  i: number,
  ctx: PeriodContext,
  issueY: number,
  issueM: number,
): PeriodMention | null {
  const j = s[i] === '“' ? i + 1 : i;
  const holiday = HOLIDAY_MONTHS.find(([w]) => s.startsWith(w, j));
  if (!holiday) return null;
  const after = HOLIDAY_AFTER.exec(s.slice(j + 2, j + 8));
  if (!after) return null;
  const end = j + 2 + after[0].length;
  const y = ctx.contextYear ?? (issueM < holiday[1] ? issueY - 1 : issueY);
  const label = s.slice(i, end);
  return {
    start: i,
    end,
    label,
    period: { label, start: ym(y, holiday[1]), end: ym(y, holiday[1]) },
    basis: false,
    year: null,
  };
}

function readPeriodAt(s: string, i: number, ctx: PeriodContext): PeriodMention | null {
  const { y: issueY, m: issueM } = issueYearMonth(ctx.issueDate);
  const holiday = readHoliday(s, i, ctx, issueY, issueM);
  if (holiday) return holiday;
  if (s[i] === '“' || s[i] === '近' || s[i] === '过' || (s[i] === '十' && s[i + 2] === '五'))
    return readSpan(s, i, issueY, issueM);
  if (NEAR_YEARS[s[i]!] && s[i + 1] === '年' && s[i + 2] === '来') return readSpan(s, i, issueY, issueM);
  let j = i;
  let cutoff = false;
  for (const w of ['截至', '截止到', '截止', ...(MONTH_END_SINCE.test(s.slice(j, j + 6)) ? ['止'] : [])]) {
    if (s.startsWith(w, j)) {
      cutoff = true;
      j += w.length;
      break;
    }
  }
  // year part
  let year: number | null = null;
  let explicitYear = false;
  const four = /^(\d{4})年/.exec(s.slice(j, j + 5));
  if (four && !(j > 0 && /\d/.test(s[j - 1]!))) {
    const yv = Number(four[1]);
    if (yv >= 1949 && yv <= 2100 && s[j + 5] !== '来' && s[j + 5] !== '前') {
      year = yv;
      explicitYear = true;
      j += 5;
      if (s[j] === '度') j++;
    }
  }
  if (year === null) {
    for (const [w, off] of YEAR_WORDS) {
      if (s.startsWith(w, j)) {
        year = off === 'context' ? (ctx.contextYear ?? issueY) : issueY + off;
        // a review of last year printed in January or February says 今年 of the year it reviews
        if (off === 0 && issueM <= 2 && ctx.contextYear === issueY - 1) year = ctx.contextYear;
        explicitYear = true;
        j += w.length;
        break;
      }
    }
  }
  // 比去年同期, 较上年同期: the basis of a change
  if (s.startsWith('同期', j) && year !== null) {
    const before = s.slice(Math.max(0, i - 2), i);
    const basis = /[比较与同]$/.test(before) || s.startsWith('相比', j + 2);
    return {
      start: i,
      end: j + 2,
      label: s.slice(i, j + 2),
      period: basis ? null : { label: s.slice(i, j + 2), start: ym(year, 1), end: ym(year, 12) },
      basis,
      year,
    };
  }
  // body
  let start: number | null = null;
  let end: number | null = null;
  let k = j;
  let toDate = false;
  // the end of a date (2023年8月8日): a day, not a period
  let dateEnd = -1;
  if (k > 0 && s[k - 1] === '年' && (s[k] === '底' || s[k] === '末')) {
    start = 12;
    end = 12;
    k++;
  }
  for (const [w, a, b] of start === null ? HALF_QUARTER : []) {
    if (s.startsWith(w, k)) {
      if (w === '以来' && (year === null || k !== j)) continue; // 以来 alone needs a year word (今年以来)
      if (w === '以来' || w === '年初以来') toDate = true;
      else {
        start = a;
        end = b;
      }
      k += w.length;
      break;
    }
  }
  // 前10个月, 前三个月: from January through that month
  if (start === null && !toDate && s[k] === '前') {
    const n = readMonthNumber(s, k + 1);
    if (n && s.startsWith('个月', n.end)) {
      start = 1;
      end = n.m;
      k = n.end + 2;
    }
  }
  if (start === null && !toDate) {
    const m1 = readMonthNumber(s, k);
    if (m1) {
      let p = m1.end;
      if (s.startsWith('月份', p)) p += 2;
      else if (s[p] === '月') p++;
      const sepAt = s[p] === ' ' ? p + 1 : p;
      const sep = s[sepAt];
      if (sep !== undefined && RANGE_SEP.includes(sep)) {
        let q = sepAt + 1;
        if (s[q] === ' ') q++;
        const m2 = readMonthNumber(s, q);
        if (m2 && s[m2.end] === '月' && m2.m >= m1.m) {
          start = m1.m;
          end = m2.m;
          k = m2.end + 1;
          if (s[k] === '份') k++;
        }
      } else if (s[p - 1] === '月' || s.startsWith('月份', p - 2)) {
        // a single month, unless it is a date (8月8日) or a count of months (6个月 never reaches here)
        const after = s.slice(p, p + 5);
        const day = /^\s?\d{1,2}\s?[日号]/.exec(after) ?? /^[一二三四五六七八九十]{1,3}[日号]/.exec(after);
        if (day) dateEnd = p + day[0].length;
        else {
          start = m1.m;
          end = m1.m;
          k = p;
          if (s[k] === '底' || s[k] === '末' || s[k] === '初') k++;
          if (s.startsWith('以来', k)) {
            toDate = true;
            k += 2;
          }
        }
      }
    }
  }
  if (
    start === null &&
    !toDate &&
    cutoff &&
    (s.startsWith('目前', k) || s.startsWith('当前', k) || s.startsWith('今', k))
  ) {
    toDate = true;
    k += s.startsWith('今', k) && !s.startsWith('今年', k) ? 1 : 2;
  }
  if (start === null && !toDate && dateEnd > 0)
    return { start: i, end: dateEnd, label: s.slice(i, dateEnd), period: null, basis: false, year: null };
  if (start === null && !toDate) {
    if (year === null) return null;
    // 2024年第一批, 2023年首届: a name's year, not a period
    if (s[k] === '第' || s[k] === '首') return null;
    // a year alone: 2021年, 去年, 当年
    if (!explicitYear) return null;
    start = 1;
    end = 12;
  }
  const label = s.slice(i, k);
  let y = year ?? issueY;
  if (toDate) {
    // 今年以来, 截至目前, 3月以来: to the month before the issue's
    const lastFull = issueM === 1 ? 1 : issueM - 1;
    const endY = year !== null && year < issueY ? issueY : y;
    const first = start ?? 1;
    let endM = endY === issueY ? Math.max(lastFull, first) : 12;
    // 截至11月20日，今年以来…: the day the count was taken ends the span, in its month
    const asOf = AS_OF_DAY.exec(s.slice(Math.max(0, i - 14), i));
    if (asOf && !label.startsWith('截') && (asOf[1] === undefined || Number(asOf[1]) === endY)) {
      const m = Number(asOf[2]);
      if (m >= first && m <= 12) endM = m;
    }
    // 截至目前 counts a stock at one moment (企业总数达63家): its period is that month alone
    const point = label.startsWith('截');
    return {
      start: i,
      end: k,
      label,
      period: { label, start: point ? ym(endY, endM) : ym(y, first), end: ym(endY, endM) },
      basis: false,
      year,
    };
  }
  if (cutoff) {
    // 截至8月底: a stock at the end of that month (总数达到…家), a point in time: start = end = that month
    end = end ?? 12;
    start = end;
  }
  // statistics are published after the period: 1-11月 (or 前三季度) printed before it ends is last year's;
  // 全年, 下半年 and single quarters ahead are plans for this year
  // 全年 without a year: the year the article is about (a year named before it), or, in an issue of
  // January to March, the year just ended (annual results are reported in the first quarter)
  if (!explicitYear && start === 1 && end === 12 && label.endsWith('全年'))
    y = ctx.contextYear ?? (issueM <= 3 ? issueY - 1 : issueY);
  // 1-12月份 without a year is a whole year's cumulative figure, published after December: the year the
  // text names before it, else the year before the issue's (a report of 2024-01 on 1-12月份 is 2023's)
  if (!explicitYear && start === 1 && end === 12 && /^1\s*[-—–~～至到]\s*12/.test(label) && issueM < 12)
    y = ctx.contextYear ?? issueY - 1;
  const cumulative = start === 1 && end !== 12;
  if (!explicitYear && start !== null && (start > issueM || (cumulative && end !== null && end > issueM)))
    y -= 1;
  return {
    start: i,
    end: k,
    label,
    period: { label, start: ym(y, start ?? 1), end: ym(y, end ?? 12) },
    basis: false,
    year: year ?? null,
  };
}

/**
 * A cheap test, on one or two characters, that a period may start at `i` (the full reader slices and
 * matches; most characters of a text are turned away here).
 */
/** 止6月底, 止六月末: a report's older way to write 截至 a month's end. */
const MONTH_END_SINCE = /^止(\d{1,2}|[一二三四五六七八九十]{1,2})月(底|末)/;

function mayStartPeriod(s: string, i: number, c: string): boolean {
  const n = s[i + 1];
  if (c >= '0' && c <= '9') return !(i > 0 && s[i - 1]! >= '0' && s[i - 1]! <= '9');
  switch (c) {
    case '截':
      return n === '至' || n === '止';
    case '止':
      return MONTH_END_SINCE.test(s.slice(i, i + 6));
    case '今':
    case '本':
    case '去':
    case '明':
    case '当':
    case '同':
      return n === '年';
    case '上':
      return n === '年' || n === '半';
    case '前':
      return (
        n !== undefined && (n === '年' || (n >= '0' && n <= '9') || '一二两三四五六七八九十'.includes(n))
      );
    case '近':
      return n !== undefined && '两二三四五十'.includes(n) && s[i + 2] === '年';
    case '过':
      return n === '去';
    case '“':
      return (
        (n === '十' && s[i + 3] === '五') || (n === '五' && s[i + 2] === '一') || n === '国' || n === '元'
      );
    case '国':
      return n === '庆';
    case '元':
      return n === '旦';
    case '下':
      return n === '半';
    case '全':
      return n === '年';
    case '第':
      return n === '一' || n === '二' || n === '三' || n === '四';
    case '年':
      return n === '底' || n === '末' || n === '初';
    default:
      if (c === '十' && n !== undefined && '一二三四五'.includes(n) && s[i + 2] === '五') return true;
      if (c === '五' && n === '一') return true;
      if ('一二三四五六七八九十'.includes(c))
        return (
          (n === '年' && s[i + 2] === '来') ||
          n === '季' ||
          n === '月' ||
          (n !== undefined && '一二'.includes(n) && s[i + 2] === '月') ||
          (n !== undefined && RANGE_SEP.includes(n))
        );
      return false;
  }
}

/** Every period mention in `s[from, to)`, in order, non-overlapping. Linear in the length. */
export function findPeriods(s: string, from: number, to: number, ctx: PeriodContext): PeriodMention[] {
  const out: PeriodMention[] = [];
  let contextYear = ctx.contextYear ?? null;
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (!mayStartPeriod(s, i, c)) continue;
    const m = readPeriod(s, i, { issueDate: ctx.issueDate, contextYear });
    if (m && m.end <= to && m.end > m.start) {
      out.push(m);
      if (m.year !== null && !m.basis) contextYear = m.year;
      i = m.end - 1;
    }
  }
  return out;
}

/**
 * Resolves a period label as written (上半年, 1-7月, 今年以来, 2021年, 当年, 截至8月底) against the issue date;
 * null when the label is not a period. `contextYear` resolves 当年.
 */
export function resolvePeriod(label: string, issueDate: string, contextYear?: number): Period | null {
  const s = label.trim();
  const m = readPeriod(s, 0, { issueDate, contextYear: contextYear ?? null });
  if (!m || m.end !== s.length || !m.period) return null;
  return { ...m.period, label: s };
}

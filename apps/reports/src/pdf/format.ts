import { formatDecimal, numberToPlainString } from '@parkbrief/domain';
import type { Approx, Change, IssueRef, Park, Period, Quantity, Share } from '@parkbrief/domain';

const APPROX_BEFORE: Record<NonNullable<Approx>, string> = {
  near: '近',
  over: '超',
  about: '约',
  under: '不足',
};

/** Direction of a change, for its arrow and colour. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/**
 * A quantity as the briefing prints it: qualifier, the exact amount with thousands separators, the unit as
 * written (超5亿美元 → "超5亿美元", 238.6亿元 → "238.6亿元", 12345家 → "12,345家"). Exact: digits, not floats.
 */
export function formatQuantity(quantity: Pick<Quantity, 'amount' | 'unit' | 'approx'>): string {
  const prefix = quantity.approx ? APPROX_BEFORE[quantity.approx] : '';
  return `${prefix}${formatDecimal(quantity.amount)}${quantity.unit}`;
}

/** The direction of a change (a multiple is always up: 增长 X 倍). */
export function changeDirection(change: Pick<Change, 'kind' | 'value'>): ChangeDirection {
  if (change.value > 0) return 'up';
  if (change.value < 0) return 'down';
  return 'flat';
}

/** The basis of a change in words: 同比, 环比, or nothing. */
export function changeBasisLabel(change: Pick<Change, 'basis'>): string {
  if (change.basis === 'yoy') return '同比';
  if (change.basis === 'mom') return '环比';
  return '';
}

/**
 * A change with its arrow and unit: "↑18.3%", "↓0.6个百分点", "↑2倍" (增长 2 倍), "持平"; qualifier words
 * kept (约, 超). The basis is printed apart (see `changeBasisLabel`).
 */
export function formatChange(change: Pick<Change, 'kind' | 'value' | 'approx'>): string {
  const direction = changeDirection(change);
  if (direction === 'flat') return '持平';
  const arrow = direction === 'up' ? '↑' : '↓';
  const magnitude = numberToPlainString(Math.abs(change.value));
  const unit = change.kind === 'percent' ? '%' : change.kind === 'points' ? '个百分点' : '倍';
  const prefix = change.approx ? APPROX_BEFORE[change.approx] : '';
  return `${arrow}${prefix}${magnitude}${unit}`;
}

/**
 * A share: "占 61.67%" with what it is a share of when stated ("占衢州市进出口总额 61.67%") and its qualifier
 * ("占全市近40%" for 近四成).
 */
export function formatShare(share: Share): string {
  const prefix = share.approx ? APPROX_BEFORE[share.approx] : '';
  return `占${share.of ?? ''}${prefix}${numberToPlainString(share.percent)}%`;
}

/** The months a period covers: "2024年1—6月", "2024年7月", "2023年11月—2024年2月". */
export function periodRange(period: Pick<Period, 'start' | 'end'>): string {
  const [y1, m1] = period.start.split('-').map(Number);
  const [y2, m2] = period.end.split('-').map(Number);
  if (y1 !== y2) return `${y1}年${m1}月—${y2}年${m2}月`;
  return m1 === m2 ? `${y1}年${m1}月` : `${y1}年${m1}—${m2}月`;
}

/** Whether a period as written names its year (2021年, 2023年1-7月); 1-7月 and 上半年 do not. */
export function namesItsYear(label: string): boolean {
  return /\d{4}|[〇零一二三四五六七八九]{4}年/.test(label);
}

/**
 * A period as written; one that does not name its year gets its months (上半年 → "上半年（2024年1—6月）",
 * 1-7月 → "1-7月（2024年1—7月）"); one that names its year (2021年) stays as written.
 */
export function formatPeriod(period: Period): string {
  if (namesItsYear(period.label)) return period.label;
  return `${period.label}（${periodRange(period)}）`;
}

/** A date written YYYY-MM-DD in Chinese: 2024年7月22日. */
export function formatChineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

// Made once: creating an Intl.DateTimeFormat costs about half a millisecond, every briefing prints one time.
let generatedAtFormat: Intl.DateTimeFormat | undefined;

/** A time of generation in China Standard Time: "2024-07-22 10:30". */
export function formatGeneratedAt(date: Date): string {
  generatedAtFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = generatedAtFormat.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * The download file name of a briefing, readable Chinese: "徐州高新区简报_科技园区周刊_2024-07-22.pdf".
 * Characters file systems refuse (/\:*?"<>| and controls) become "-".
 */
export function briefingFileName(
  park: Pick<Park, 'shortName'>,
  issue: Pick<IssueRef, 'publication' | 'date'>,
): string {
  const clean = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, '-')
      .replace(/\s+/g, '')
      .replace(/^[.-]+|[.-]+$/g, '');
  return `${clean(park.shortName) || 'park'}简报_${clean(issue.publication) || 'issue'}_${issue.date}.pdf`;
}

/**
 * A growth said again in other words (进出口额同比增长517.2%, and later 进出口值增长5.2倍) is one figure: the
 * restatement in multiples adds no row. Only a multiple that rounds a percent given before for the same
 * subject, metric and period is dropped; a different growth stays. So is a growth listed alone that another
 * row gives with its value.
 */
import type { Indicator } from '@parkbrief/domain';

/** Subject, period and metric (the label too when the metric has no code): what makes two rows one figure. */
function figureKey(ind: Indicator): string {
  const s = ind.subject;
  const metric = ind.metric === 'other' ? `other:${ind.label}` : ind.metric;
  return [s.kind, s.parkId ?? '', s.name ?? '', ind.period?.start ?? '', ind.period?.end ?? '', metric].join(
    '|',
  );
}

/** A growth in multiples (增长5.2倍) with no figure of its own, or null. */
function multipleOnly(ind: Indicator): number | null {
  const c = ind.change;
  return c?.kind === 'multiple' && ind.value === null && ind.share === null ? c.value : null;
}

/** The key of a row's growth: its figure's key and the change itself. */
function growthKey(ind: Indicator): string | null {
  const c = ind.change;
  return c ? `${figureKey(ind)}|${c.kind}|${c.value}` : null;
}

/**
 * The indicators without growths said again: a growth restated in multiples, and a growth listed alone
 * (…进出口总额…分别增长…42.7%) that a row of the same figure gives with its value (外贸总额31.8亿美元，增长
 * 42.7%). In order; linear (maps of what was given).
 */
export function dropRestatements(indicators: readonly Indicator[]): Indicator[] {
  const withValue = new Set<string>();
  for (const ind of indicators) {
    const key = ind.value !== null ? growthKey(ind) : null;
    if (key) withValue.add(key);
  }
  const percents = new Map<string, number[]>();
  return indicators.filter((ind) => {
    if (ind.value === null && ind.share === null && withValue.has(growthKey(ind) ?? '')) return false;
    const key = figureKey(ind);
    const times = multipleOnly(ind);
    if (times !== null && percents.get(key)?.some((p) => Math.abs(p / 100 - times) <= 0.051)) return false;
    if (ind.change?.kind === 'percent') {
      const list = percents.get(key);
      // (a few per figure: the restatement follows closely, and the pass stays linear)
      if (!list) percents.set(key, [ind.change.value]);
      else if (list.push(ind.change.value) > 8) list.shift();
    }
    return true;
  });
}

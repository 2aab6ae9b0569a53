/**
 * Firms counted as they arrive somewhere (90家企业登陆某某招商服务中心, 30家企业入驻某产业园) are counted
 * for where they arrived: a district, a business centre or a sub-park is another place than the park, so the
 * count is that place's (a region). Arriving in the park itself (落户园区, 入驻高新区) leaves it the park's.
 */
import type { Indicator } from '@parkbrief/domain';
import { foldTraditional } from './fold-traditional.js';

/** The arrival verb after the count and its noun, and the place after it, up to the clause's end. */
const ARRIVED_AT =
  /^[\u4e00-\u9fff]{0,10}?(?:登陆|落户|入驻|进驻)(?:到|在|于)?([\u4e00-\u9fffA-Za-z0-9·]{2,16})(?=[，,。；;！]|$)/;

/** Words that are the park itself, or refer to it. */
const PARK_ITSELF =
  /^(本|该|我|全)?(区|园区|新区|高新区|开发区|经开区|片区|自贸区|示范区|综保区|保税区|园内|区内)$/;

/** Where the counted firms arrived, when it is another place than the park; else null. */
export function destinationOf(ind: Indicator, parkNames: ReadonlySet<string>): string | null {
  const v = ind.value;
  if (ind.subject.kind !== 'park' || v === null || v.base?.unit !== 'count') return null;
  const evidence = foldTraditional(ind.evidence.text);
  const at = evidence.indexOf(foldTraditional(v.text));
  if (at < 0) return null;
  const place = ARRIVED_AT.exec(evidence.slice(at + v.text.length))?.[1];
  // (入驻园区内: the park itself, 内 or 中 after it)
  if (!place || PARK_ITSELF.test(place.replace(/[内中里]$/, ''))) return null;
  for (const n of parkNames) if (place.startsWith(n) && place.length - n.length < 2) return null;
  return place;
}

/** The indicators with every count of arriving firms given to the other place they arrived in. */
export function giveDestinationCounts(
  indicators: readonly Indicator[],
  parkNames: ReadonlySet<string>,
): Indicator[] {
  return indicators.map((ind) => {
    const place = destinationOf(ind, parkNames);
    return place === null ? ind : { ...ind, subject: { ...ind.subject, kind: 'region', name: place } };
  });
}

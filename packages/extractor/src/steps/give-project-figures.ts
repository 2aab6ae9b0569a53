/**
 * An investment written before what it built (投资12亿元打造的某某乐园已开园, 总投资30亿元的某某项目开工)
 * is that project's, not the park's: the figure qualifies the name after it, as an attribute does.
 */
import type { Indicator } from '@parkbrief/domain';
import { metricWordIn } from './attribute-subject.js';
import { foldTraditional } from './fold-traditional.js';

/** 的 and the project's name after the amount, up to the verb or the clause's end. */
const BUILT_AFTER =
  /^(?:打造|建设|兴建|新建|建成|投建)?的([\u4e00-\u9fffA-Za-z0-9·“”]{2,24}?)(?=已|正在|正式|将|于|在|是|日前|近日|目前|顺利|全面|开工|投产|开园|开业|竣工|落户|签约|[，,。；;]|$)/;

const BUILT_THING =
  /(项目|工程|乐园|世界|园|城|中心|基地|工厂|厂|广场|大厦|码头|生产线|综合体|小镇|酒店|医院|学校|场馆|馆)$/;

/** The project an investment figure is written before, or null. */
export function projectOf(ind: Indicator): string | null {
  const v = ind.value;
  if (v === null || v.base?.unit !== 'CNY') return null;
  if (ind.subject.kind !== 'park' && !(ind.subject.kind === 'other' && ind.subject.name === null))
    return null;
  if (!foldTraditional(ind.label).includes('投资')) return null;
  const evidence = foldTraditional(ind.evidence.text);
  const at = evidence.indexOf(foldTraditional(v.text));
  if (at < 0) return null;
  const m = BUILT_AFTER.exec(evidence.slice(at + v.text.length));
  const written = m?.[1];
  if (!written) return null;
  const name = written.replace(/[“”]/g, '');
  // a built thing's name: quoted, or ending as one does (…项目, …乐园, …中心); 投资的增速居… names nothing
  if (!/^“.+”$/.test(written) && !BUILT_THING.test(name)) return null;
  if (name.length < 2 || metricWordIn(name.replace(/项目$/, ''))) return null;
  return name;
}

/** 地基工程完成65%: how far a construction work has got is that work's (a project), not the park's. */
function workInProgress(ind: Indicator): string | null {
  if (ind.subject.kind !== 'park' || ind.value?.unit !== '%') return null;
  const label = foldTraditional(ind.label);
  if (!/(工程|项目)$/.test(label) || metricWordIn(label)) return null;
  return /完成|进度/.test(foldTraditional(ind.evidence.text)) ? ind.label : null;
}

/** The indicators with every investment written before a project's name given to that project. */
export function giveProjectFigures(indicators: readonly Indicator[]): Indicator[] {
  return indicators.map((ind) => {
    const project = projectOf(ind) ?? workInProgress(ind);
    return project === null ? ind : { ...ind, subject: { ...ind.subject, kind: 'company', name: project } };
  });
}

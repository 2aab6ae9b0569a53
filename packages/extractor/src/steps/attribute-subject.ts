/**
 * Whose figure it is: the park as a whole, a company, an industry within the park, a sub-area or another
 * region. Finds the mentions (park names and 该高新区/园区/全区, company names and 该企业), classifies a
 * subject phrase by its form, and splits an industry off a metric label (四强产业增加值 → 四强产业 + 增加值).
 */
import { METRICS, REGISTRY, type Article, type Park, type SubjectKind } from '@parkbrief/domain';
import { findAggregates } from './find-aggregates.js';
import { isPlaceName } from './find-parks.js';
import { isBrandFirm, isFieldIndustry } from './name-field.js';

/** A subject mention in the text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /**
   * park: a park name or 该高新区/园区/全区; company: a company name; companyRef: 该企业/该公司; region: many
   * parks together (全市工业园区, 全省10个国家级经开区).
   */
  readonly kind: 'park' | 'company' | 'companyRef' | 'region';
  readonly parkId: string | null;
  readonly name: string | null;
  /** 该高新区/园区/全区: a reference to the park last named, not a name (its parkId is the article's first park). */
  readonly ref?: true;
}

/** A resolved subject, before the park id is filled in. */
export interface SubjectGuess {
  readonly kind: SubjectKind;
  readonly name: string | null;
  readonly parkId: string | null;
}

const PARK_REFS = [
  '该高新区',
  '该开发区',
  '该园区',
  '该新城',
  '该新区',
  '该区',
  '全区',
  '本区',
  '我区',
  '高新区',
  '经开区',
  '开发区',
  '综保区',
  '自贸区',
  '新区',
  '该片区',
  '片区',
  '园区',
  '管委会',
];
const BARE_REFS = new Set([
  '高新区',
  '经开区',
  '开发区',
  '综保区',
  '自贸区',
  '新区',
  '片区',
  '园区',
  '管委会',
]);
const COMPANY_REFS = ['该企业', '该公司', '该集团', '这家企业', '这家公司', '该厂'];
const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '集团', '公司'];
const NAME_STOP =
  '，。；：、！？“”‘’《》,.;:!? \n的由是在与和及对向把被将让从等了就便即也都还均给同跟经据于到当以拟作为';
const GENERIC_COMPANY_HEADS = [
  '合资',
  '该',
  '这家',
  '一家',
  '上市',
  '分',
  '子',
  '母',
  '总',
  '本',
  '两家',
  '多家',
  '各',
  '新',
  '成立',
  '国有',
  '民营',
  '外资',
  '平台',
  '投资',
  // 吸引跨国公司: a kind of company, no name
  '跨国',
  '龙头',
  '骨干',
  '大型',
  '知名',
];

const PLACES: readonly string[] = (() => {
  const set = new Set<string>();
  const strip = (n: string): string =>
    n.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$|县$|地区$|自治州$/, '');
  for (const r of REGISTRY) {
    for (const p of [r.province, r.city]) {
      if (p) {
        set.add(p);
        const short = strip(p);
        if (short.length >= 2) set.add(short);
      }
    }
  }
  return [...set].sort((a, b) => b.length - a.length);
})();

/** The name forms a company is also called by (普达特半导体设备（徐州）有限公司 → 普达特半导体设备, 普达特). */
export function companyAliases(name: string): string[] {
  const out = new Set<string>([name]);
  let core = name.replace(/[（(][^）)]{1,8}[）)]/g, '');
  for (const suf of COMPANY_SUFFIXES) {
    if (core.endsWith(suf) && core.length > suf.length + 1) {
      core = core.slice(0, -suf.length);
      break;
    }
  }
  core = core.replace(/(科技|技术)?股份$/, '');
  if (core.length >= 2) out.add(core);
  // 某某汽车芜湖分公司: a branch named by its parent and its city is written by the parent's name too
  if (/[分子]$/.test(core)) {
    const head = core.slice(0, -1);
    const place = PLACES.find((p) => head.endsWith(p) && head.length - p.length >= 2);
    if (place) out.add(head.slice(0, -place.length));
  }
  let noPlace = core;
  for (const p of PLACES) {
    if (noPlace.startsWith(p) && noPlace.length - p.length >= 2) {
      noPlace = noPlace.slice(p.length);
      break;
    }
  }
  if (noPlace.length >= 2) out.add(noPlace);
  if (noPlace.length > 4) out.add(noPlace.slice(0, 4));
  if (noPlace.length >= 5) out.add(noPlace.slice(0, 3));
  return [...out].filter((n) => n.length >= 2);
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fff';
}

/** Company names written with a suffix (…有限公司, …集团, …公司): start found by walking back to a stop. */
function findSuffixCompanies(s: string): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  for (const key of ['公司', '集团']) {
    let p = s.indexOf(key);
    while (p >= 0) {
      const end = p + key.length;
      let a = p;
      while (a > 0 && p - a < 30 && !NAME_STOP.includes(s[a - 1]!)) a--;
      // "（徐州）" belongs to the name; a name never starts with a bracket
      while (a < p && (s[a] === '）' || s[a] === ')')) a++;
      // 园区企业湖南…有限公司, 位于高新区的…公司: the words that introduce a company are not its name
      a += companyLeadIn(s.slice(a, p));
      const head = s.slice(a, p);
      const bare = head.replace(/(股份有限|有限责任|有限|股份)$/, '');
      if (bare.length >= 2 && !GENERIC_COMPANY_HEADS.some((g) => bare === g || bare.endsWith(g))) {
        out.push({ start: a, end, name: s.slice(a, end) });
      }
      p = s.indexOf(key, end);
    }
  }
  return out;
}

/** Words that introduce a company before its name (园区企业, 区内企业, 龙头企业, 其中, 位于…的). */
const COMPANY_LEAD_INS = [
  '园区内企业',
  '园区企业',
  '区内企业',
  '辖区企业',
  '入驻企业',
  '落户企业',
  '龙头企业',
  '链主企业',
  '骨干企业',
  '重点企业',
  '本地企业',
  '区内',
  '园区内',
  '其中',
  '比如',
  '例如',
  '如',
  '像',
];

/** How many characters of `head` (the text before a company suffix) introduce the company. */
function companyLeadIn(head: string): number {
  let n = 0;
  for (let guard = 0; guard < 3; guard++) {
    const rest = head.slice(n);
    const w = COMPANY_LEAD_INS.find((x) => rest.startsWith(x) && rest.length - x.length >= 4);
    if (!w) break;
    n += w.length;
  }
  return n;
}

function findAll(s: string, needle: string, cb: (start: number) => void): void {
  if (!needle) return;
  let p = s.indexOf(needle);
  while (p >= 0) {
    cb(p);
    p = s.indexOf(needle, p + needle.length);
  }
}

/**
 * Every subject mention in a (normalised) article text, non-overlapping, longest first then in order:
 * the parks by every name form, 该高新区/园区/全区 (the article's park), company names (the
 * article's `companies`, their short forms, and names written with a company suffix), and 该企业/该公司.
 */
export function findMentions(
  s: string,
  article: Pick<Article, 'companies' | 'parkIds'>,
  parks: readonly Park[],
): Mention[] {
  const mainPark = article.parkIds[0] ?? null;
  const cands: Mention[] = [];
  for (const park of parks) {
    const forms = new Set<string>([park.shortName, park.name, ...park.aliases]);
    for (const f of [...forms]) forms.add(f.replace(/国家级?/g, ''));
    for (const f of forms) {
      if (f.length < 2) continue;
      findAll(s, f, (st) =>
        cands.push({ start: st, end: st + f.length, kind: 'park', parkId: park.id, name: null }),
      );
    }
  }
  if (mainPark !== null) {
    for (const f of PARK_REFS) {
      findAll(s, f, (st) => {
        // a bare 高新区/园区 right after a name belongs to that name (产业园区, 某某高新区), not to this park
        if (BARE_REFS.has(f) && isCjk(s[st - 1]) && !'在由是与和对为据从该全本'.includes(s[st - 1]!)) return;
        cands.push({ start: st, end: st + f.length, kind: 'park', parkId: mainPark, name: null, ref: true });
      });
    }
  }
  const companyNames = new Map<string, string>();
  for (const c of article.companies)
    for (const a of companyAliases(c)) if (!companyNames.has(a)) companyNames.set(a, c);
  for (const sc of findSuffixCompanies(s)) {
    cands.push({ start: sc.start, end: sc.end, kind: 'company', parkId: null, name: sc.name });
    for (const a of companyAliases(sc.name)) if (!companyNames.has(a)) companyNames.set(a, sc.name);
  }
  for (const [alias, full] of companyNames) {
    findAll(s, alias, (st) =>
      cands.push({ start: st, end: st + alias.length, kind: 'company', parkId: null, name: full }),
    );
  }
  for (const a of findAggregates(s))
    cands.push({ start: a.start, end: a.end, kind: 'region', parkId: null, name: a.name });
  // 南宁·中关村, 杭州·未来科技城: a place joined to a name by a middle dot is a place of that place
  for (const m of s.matchAll(DOTTED_PLACE)) {
    if (isPlaceName(m[1]!))
      cands.push({ start: m.index, end: m.index + m[0].length, kind: 'region', parkId: null, name: m[0] });
  }
  for (const f of COMPANY_REFS)
    findAll(s, f, (st) =>
      cands.push({ start: st, end: st + f.length, kind: 'companyRef', parkId: null, name: null }),
    );
  // longest first, then earliest; keep non-overlapping
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(s.length + 1);
  const out: Mention[] = [];
  for (const m of cands) {
    let free = true;
    for (let k = m.start; k < m.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = 1;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

// A place, a middle dot, and a name up to the verb or particle after it.
const DOTTED_PLACE =
  /([\u4e00-\u9fff]{2,4})·([\u4e00-\u9fffA-Za-z]{2,8}?)(?=[已在的是将正共累实完引新总落入建，。、；,]|$)/g;

/** Words before a park name that make it a place or an object (落户徐州高新区), not the subject. */
const LOCATIVE_BEFORE = [
  '得益于',
  '落地',
  '落户',
  '入驻',
  '进驻',
  '扎根',
  '布局',
  '来到',
  '支持',
  '助力',
  '帮助',
  '推动',
  '服务',
  '在',
  '到',
  '于',
  '对',
  '为',
  '与',
  '给',
  '向',
  '从',
  '和',
  '及',
  '赴',
  '至',
  // 随着某保税港区企业投产, 依托某园区: a circumstance the clause's subject works in, not its subject
  '随着',
  '依托',
  '借助',
  // 占浦东新区的77%, 高于某高新区: the whole a share divides, or what a figure is compared with
  '占',
  '佔',
  '高于',
  '低于',
  '超过',
  '相当于',
];

/**
 * A name followed by 等 (or by more names and then 等) is an example of what is counted after it; so is a name
 * inside a project's name before 等 and a count (某片区起步区配套工程等36宗项目).
 */
const EXAMPLE_AFTER =
  /^((、[^，,。；;、]{2,20}){0,4}等(?![级同于])|[^，,。；;]{0,20}?等[0-9一二两三四五六七八九十百几多数])/;

/**
 * Is a park mention at `start` the subject of its clause (not a place: 落户徐州高新区, 在园区; not an example
 * of a list: 储备了某产业园等重点项目100多个, when its `end` is given)?
 */
export function isSubjectPosition(s: string, clauseStart: number, start: number, end?: number): boolean {
  if (end !== undefined && EXAMPLE_AFTER.test(s.slice(end, end + 100))) return false;
  const before = s.slice(Math.max(clauseStart, start - 3), start);
  // 其次为某经开区96.98亿元, 依次为…: a ranking names each subject after 为
  if (/(次为|分别为|分别是|依次是)$/.test(before)) return true;
  return !LOCATIVE_BEFORE.some((w) => before.endsWith(w));
}

// Longest synonym first, to find which metric words a label holds and where.
const SYNONYMS = METRICS.flatMap((m) => m.synonyms.map((w) => w as string)).sort(
  (a, b) => b.length - a.length,
);

// Synonyms by their first character (in SYNONYMS order), so a label is checked only against the words
// it could hold; the answer is the same as scanning SYNONYMS in order: longest first, then taxonomy order.
const BY_FIRST = new Map<string, Array<{ w: string; rank: number }>>();
SYNONYMS.forEach((w, rank) => {
  const list = BY_FIRST.get(w[0]!) ?? [];
  list.push({ w, rank });
  BY_FIRST.set(w[0]!, list);
});

/** The longest metric synonym in `label` and where it starts (its last occurrence); null when none. */
export function metricWordIn(label: string): { word: string; index: number } | null {
  let best: { w: string; rank: number } | null = null;
  for (let i = 0; i < label.length; i++) {
    const list = BY_FIRST.get(label[i]!);
    if (!list) continue;
    for (const c of list) {
      if (best !== null && c.rank >= best.rank) break;
      if (label.startsWith(c.w, i)) {
        best = c;
        break;
      }
    }
  }
  return best === null ? null : { word: best.w, index: label.lastIndexOf(best.w) };
}

/** Endings of an industry's name (checked with endsWith: a `(…)$` pattern tries every start of a long phrase). */
const INDUSTRY_END = endingTest([
  '产业链重点企业',
  '产业链龙头企业',
  '重点企业',
  '龙头企业',
  '产业集群',
  '产业链',
  '产业',
  '行业',
  '集群',
  '板块',
  '服务业',
  '制造业',
  '农业',
  '建筑业',
  '业态',
  // sections of the national industry classification written as subjects (限额以上批发业实现销售额…)
  '批发业',
  '零售业',
  '住宿业',
  '餐饮业',
  '房地产业',
  '金融业',
  '物流业',
  '运输业',
  '仓储业',
  '邮政业',
  '旅游业',
  '商贸业',
  '租赁业',
  '采矿业',
  // branches of manufacturing and utilities as statistics name them (农副食品加工业, 金属制品业, 电力、热力
  // 生产和供应业) and the fields a high-tech park's revenue is broken into (新材料领域)
  '加工业',
  '制品业',
  '供应业',
  '采选业',
  '开采业',
  '冶炼业',
  '领域',
]);
const REGION_END = endingTest([
  '自治区',
  '特别行政区',
  '省',
  '市',
  '县',
  '区',
  '镇',
  '乡',
  '街道',
  '大走廊',
  '走廊',
  '园区',
  '产业园',
  '创新园',
  '科技园',
  '园',
  '片区',
  '新区',
  '示范区',
  '基地',
  '谷',
  '港',
  '岛',
  '带',
  '湾区',
  '城',
]);
/** A test of whether a string ends with one of `words`, by its last character first. */
function endingTest(words: readonly string[]): { test: (s: string) => boolean } {
  const byLast = new Map<string, string[]>();
  for (const w of words) {
    const list = byLast.get(w[w.length - 1]!) ?? [];
    list.push(w);
    byLast.set(w[w.length - 1]!, list);
  }
  return {
    test: (s: string): boolean => {
      const list = byLast.get(s[s.length - 1]!);
      return list !== undefined && list.some((w) => s.endsWith(w));
    },
  };
}

const PARK_WORDS = new Set([
  '园区',
  '该园区',
  '本园区',
  '全区',
  '本区',
  '该区',
  '高新区',
  '该高新区',
  '开发区',
  '管委会',
]);
/**
 * Words that introduce a subject phrase, not part of its name: 位于西安高新区的丝路科技城 → 丝路科技城,
 * 在宝鸡高新区钛谷新材料产业园 → 钛谷新材料产业园 (a park's name before a sub-area only says where it is).
 */
export function stripSubjectLeadIn(phrase: string): string {
  let p = phrase.replace(/^(位于|地处|坐落于|落户|地处于)[^，。；的]{1,20}的/, '').replace(/^(在|于|从)/, '');
  for (const w of COMPANY_LEAD_INS) {
    if (p.startsWith(w) && p.length - w.length >= 3) {
      p = p.slice(w.length);
      break;
    }
  }
  // 宝鸡高新区钛谷新材料产业园: the sub-area's own name follows the park's
  const m =
    /^[\u4e00-\u9fff]{2,8}?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区)(?=[\u4e00-\u9fff]{3})/.exec(
      p,
    );
  if (m && REGION_END.test(p)) p = p.slice(m[0].length);
  return p;
}

/** Enterprises that are the park's statistical whole (规模以上企业, 区内企业, 入统企业), not a group of them. */
const PARK_WHOLE =
  /^(全区|园区|区内|辖区|全部|所有)?(规模以上|规上|限额以上|限上|入统|在统|全部|区内)?(工业)?企业$/;

const DEMONSTRATIVE = /^(这条|这个|这座|这片|这家|这些|该|本|其)/;

/**
 * Classifies a subject phrase written without a recognised name (科创大走廊, 新材料产业, 淄博市):
 * industry or region by its ending; null when it does not read as a subject.
 */
export function classifySubjectPhrase(phrase: string): SubjectGuess | null {
  if (phrase.length < 2 || phrase.length > 40) return null;
  const p = stripSubjectLeadIn(phrase).replace(DEMONSTRATIVE, '').trim();
  if (p.length < 2 || p.length > 30) return null;
  if (PARK_WORDS.has(phrase) || PARK_WORDS.has(p)) return null;
  // 两家企业实现销售额…, 12家骨干企业…: firms counted are a group of firms, whose figures are theirs
  if (isCountedFirms(p)) return { kind: 'company', name: p, parkId: null };
  if (isParkSector(p)) return null;
  if (INDUSTRY_END.test(p) && p.length >= 3) return { kind: 'industry', name: p, parkId: null };
  // 装备制造完成产值…, 精细化工实现…: an industry named by its field alone
  if (isFieldIndustry(p)) return { kind: 'industry', name: p, parkId: null };
  // 某鑫电子实现营业收入…: a firm's short name, its brand and business without 公司
  if (isBrandFirm(p) && !metricWordIn(p)) return { kind: 'company', name: p, parkId: null };
  // 高新技术企业实现总收入, 科技型中小企业…: a group of enterprises; 规模以上企业 and 区内企业 are the
  // park's statistical whole
  if (
    ((p.endsWith('企业') && p.length >= 4) || (p.endsWith('高企') && p.length >= 3)) &&
    !PARK_WHOLE.test(p) &&
    !/[的了在将]/.test(p)
  )
    return { kind: 'industry', name: p, parkId: null };
  if (REGION_END.test(p) && p.length >= 3) return { kind: 'region', name: p, parkId: null };
  // 某某机场完成客运量…, 某港口吞吐能力…: an airport, port or station is run by its operator, whose
  // figures they are — not the park's around it
  if (FACILITY_END.test(p) && p.length >= 3) return { kind: 'company', name: p, parkId: null };
  return null;
}

/**
 * A group of firms written as their count (两家企业, 12家骨干企业, 30余家外贸公司). Firms of a size class
 * counted (46家规上企业) are the park's statistical whole, not a group.
 */
const COUNTED_FIRMS = /^[\d两一二三四五六七八九十百千]+(?:余|多)?家[\u4e00-\u9fff]{0,8}?(?:企业|公司)$/;
export function isCountedFirms(phrase: string): boolean {
  return COUNTED_FIRMS.test(phrase) && !/规模以上|规上|限额以上|限上|入统|在统/.test(phrase);
}

const FACILITY_END = /(机场|港口|码头|火车站|高铁站|货运站|铁路局)$/;

/**
 * 第二产业实现增加值…, 工业完成增加值…: the three sectors and industry as a whole split the park's own
 * output (its GDP's parts), so a clause they open is still about the park, not about an industry in it.
 */
function isParkSector(p: string): boolean {
  return /^(全区|园区)?(第[一二三]产业|工业)$/.test(p);
}

/** Sectors a park's own statistics are broken into (服务业增加值, 制造业投资): the park's figures, not an industry's. */
const BROAD_SECTOR =
  /^(全区|园区)?(规模以上|规上)?(工业|服务业|建筑业|农业|第[一二三]产业|三次产业|现代服务业)$/;
/**
 * 制造业 is an industry of the park (制造业增加值, 制造业营收), but the park's investment is broken down by it
 * (制造业投资, 制造业技改投资): that investment is the park's.
 */
function sectorOfPark(head: string, rest: string): boolean {
  return BROAD_SECTOR.test(head) || (/^(全区|园区)?制造业$/.test(head) && /投资/.test(rest));
}

/** Metrics of foreign trade, which the park's statistics break down by goods and by channel. */
const TRADE = /^(进出口|出口|进口|外贸|对外贸易|贸易)/;

/**
 * An industry written before the metric words of a label (四强产业增加值 → 四强产业 + 增加值; 新材料产业
 * → 新材料产业 + no metric). Labels that are a metric as a whole (高技术产业投资, 规模以上服务业营业收入) are
 * not split.
 */
export function splitIndustryLabel(written: string): { industry: string; rest: string } | null {
  // 第二产业中食品工业产值: what follows 中 is the part of the whole named before it
  const whole = /^.{2,10}?(?:产业|行业|工业|企业)中(?=.{2})/.exec(written);
  const label = (whole ? written.slice(whole[0].length) : written).replace(/^的/, '');
  const goods = goodsClassOf(label);
  if (goods) return goods;
  // 钢结构产量, 乙烯产量, 原煤消费量: a product's output or use is that product's
  const product = PRODUCT_METRIC.exec(label);
  if (product && !GENERIC_PRODUCT.test(product[1]!)) return { industry: product[1]!, rest: product[2]! };
  const mw = metricWordIn(label);
  if (!mw) {
    // 电子信息产业规模突破1万亿元: an industry's size
    for (const w of ['规模', '总规模', '产值规模']) {
      const head = label.slice(0, -w.length);
      if (label.endsWith(w) && head.length >= 3 && INDUSTRY_END.test(head) && !BROAD_SECTOR.test(head))
        return { industry: head, rest: w };
    }
    return INDUSTRY_END.test(label) && label.length >= 3 && !PARK_WORDS.has(label)
      ? { industry: label, rest: '' }
      : null;
  }
  const branch = processingBranch(label, mw);
  if (branch) return branch;
  const prefix = label.slice(0, mw.index).replace(/(实现|完成|累计|共|已|达)+$/, '');
  if (prefix.length >= 3 && INDUSTRY_END.test(prefix) && !sectorOfPark(prefix, label.slice(mw.index)))
    return { industry: prefix, rest: label.slice(mw.index) };
  // 电子信息产值, 生物医药营收: an industry named by its field alone (two words at least: 能源消费量 is
  // the park's use of energy)
  // (农产品出口额, 跨境电商进出口额: the park's trade broken down by goods or by channel is still the park's)
  if (
    prefix.length >= 3 &&
    isFieldIndustry(prefix) &&
    !metricWordIn(prefix) &&
    !TRADE.test(label.slice(mw.index))
  )
    return { industry: prefix, rest: label.slice(mw.index) };
  // the metric's words may hold the industry's ending (三大主导产业产值占工业产值比重, 食品工业产值): the
  // shortest head with an industry's or a group's ending whose rest still names a metric
  // (a label that is a metric as a whole — 高新技术产业投资 — is not split)
  // (高新技术企业 is a count's metric too; 高新技术企业产值 is still that group's output)
  const wholeMetric = mw.index === 0 && !/(企业|高企)$/.test(mw.word);
  const head = wholeMetric ? null : (INDUSTRY_HEAD.exec(label) ?? (whole ? BRANCH_HEAD.exec(label) : null));
  if (head && metricWordIn(head[2]!)) {
    const name = head[1]!;
    const group = /(企业|高企)$/.test(name);
    if (group ? !PARK_WHOLE.test(name) && !/[的了在将]/.test(name) : !sectorOfPark(name, head[2]!))
      return { industry: name, rest: head[2]! };
  }
  return null;
}

/**
 * 农产品加工业产值: the metric word 工业产值 takes the 工业 of a processing branch's 加工业; the branch is the
 * words through 加工业 and its metric what follows (null when nothing of a metric follows).
 */
function processingBranch(
  label: string,
  mw: { word: string; index: number },
): { industry: string; rest: string } | null {
  if (!mw.word.startsWith('工业') || label[mw.index - 1] !== '加' || mw.index < 3) return null;
  const rest = label.slice(mw.index + 2);
  return metricWordIn(rest) ? { industry: label.slice(0, mw.index + 2), rest } : null;
}

/**
 * A class of the park's retail trade (化妆品类同比增长…, 限额以上住宿收入…): a category of goods alone, or
 * the firms above the statistical threshold of a trade, which break the park's retail sales down — that
 * class's figure, not the park's whole.
 */
function goodsClassOf(label: string): { industry: string; rest: string } | null {
  // (各类, 这类, 两类: a determiner with 类 names no category)
  // (no metric written: the label stays as written, not the total the sentence began with)
  // (进口肉类: a metric of a category — the park's imports — not the category's own figure)
  if (/^(?![各此这该那两三四某])[\u4e00-\u9fff及和]{2,8}类$/.test(label) && !metricWordIn(label))
    return { industry: label, rest: label };
  // (only a trade named: 限上商品销售额 is all the park's commerce above the threshold, its headline figure)
  const sized =
    /^((?:限额以上|限上)[\u4e00-\u9fff]{0,4}?(?:餐饮|住宿|批发|零售)业?)(收入|营业额|销售额|零售额)?$/.exec(
      label,
    );
  if (sized) return { industry: sized[1]!, rest: sized[2] ?? label };
  return null;
}

// An industry's or a group's name at the head of a label, its metric after it.
// (钟表类商品出口, 机电类产品出口: a category of goods, …类 with two words or more before it)
const INDUSTRY_HEAD =
  /^([\u4e00-\u9fffA-Za-z]{1,12}?(?:产业链|产业|行业|集群|板块|企业|高企)|(?![各此这该那两三四某])[\u4e00-\u9fff]{2,8}类(?:商品|产品)?)(?!化)(.{2,})$/;
// After 中 (第二产业中食品工业产值) any branch: 食品工业, 批发零售业.
const BRANCH_HEAD = /^([\u4e00-\u9fff]{1,8}?业)(.{2,})$/;

// A product's output, use or sales (乙烯产量, 原煤消费量, 手机总产量).
// (平板电脑实现出货, 新能源汽车销量: shipments and sales of a product are that product's too)
const PRODUCT_METRIC =
  /^([\u4e00-\u9fffA-Za-z0-9]{1,12}?)(?:实现|完成)?(总产量|产量|消费量|出货量|出货|销量|销售量)$/;
// Words before 产量 that name no product but the park's whole output (工业产量, 主要产品产量).
const GENERIC_PRODUCT =
  /^(全区|园区|工业|规上|规模以上|主要|主要产品|产品|全部|总|年|新增|实现|完成|累计|的)/;

// A place with its rank (乌鲁木齐市, 全省) written before a metric: that place's figure.
// (a part of the country or a province, 西北地区, 苏南地区, is a place too; an aside may follow its name;
// 地区生产总值 is a metric, no place)
const REGION_PREFIX =
  /^(全国|中国|我国|全省|全市|全州|全县|全盟|[\u4e00-\u9fff]{2,6}?(?:省|市|州|县)|[\u4e00-\u9fff]{2,4}?地区(?!生产))(?=[\u4e00-\u9fffA-Za-z(（])/;
/**
 * Heads of 地区 that point back or pick out (该地区, 所在地区, 部分地区): no place of their own; nor a trade
 * partner after its preposition (自某某地区进口, 对某某地区出口): that trade is the park's.
 */
const NO_PLACE_BEFORE_AREA =
  /^(该|本|其|这|那|此|所在|相关|其他|其它|部分|各|全|周边|有关|实现|完成|自|从|对|向|与|往|经|来自)/;

/**
 * A place written before the metric words of a label (乌鲁木齐市外贸进出口额 → 乌鲁木齐市 + 外贸进出口额):
 * that place's figure, not the park's; null when the label starts otherwise.
 */
export function splitRegionLabel(label: string): { region: string; rest: string } | null {
  const m = REGION_PREFIX.exec(label);
  if (!m) return null;
  // (a whole — 全省 — or a known place: 新增上市 ends with 市 but names no city; a part of the country is
  // named by its own words, 华东地区, and only needs them not to point back)
  const area = m[1]!.endsWith('地区');
  if (area ? NO_PLACE_BEFORE_AREA.test(m[1]!) : !/^(全|中国|我国)/.test(m[1]!) && !isPlaceName(m[1]!))
    return null;
  // (an aside after the place, （含…）, is no word of the metric)
  const rest = label.slice(m[0].length).replace(/^[(（][^()（）]{0,40}[)）]/, '');
  // (the rank may begin a word instead: 市级, 市委, 市场, 市民, 市值, 市区 name no place)
  if (!metricWordIn(rest) || /^(级|委|场|民|值|区)/.test(rest)) return null;
  return { region: m[1]!, rest };
}

/** Verbs and words that end a clause's leading subject phrase (科创大走廊|以…, 天成自控一期项目|正式投产). */
const SUBJECT_END_MARKERS = [
  '以',
  '拟',
  '正式',
  '成功',
  '负责人',
  '董事长',
  '总经理',
  '累计',
  '实现',
  '完成',
  '新增',
  '共',
  '已',
  '在',
  '将',
  '通过',
  '聚焦',
  '坚持',
  '持续',
  '积极',
  '全力',
  '充分',
  '集聚',
  '拥有',
  '建成',
  '同比',
  '环比',
  '保持',
  '继续',
  '稳步',
  '快速',
  '高速',
  '加速',
  '呈现',
  '实现了',
  '发展势头',
  '增长',
  '营收',
];

/**
 * The subject phrase a clause opens with, if it reads as one (industry, region); `text` is the clause
 * with its period words removed.
 */
// What a clause opening with these says compares with or divides by another place (高于全市, 占全省): that
// place is the comparison's or the share's, never a subject the next clauses go on about.
const COMPARISON_LEAD =
  /^(高于|低于|快于|慢于|好于|优于|超过|超出|多于|少于|占|相当于|约占|仅占|分别占|位居|居|列|排名|排|比|较|与|同)/;

// 增速高于全市…, 增幅快于全省…, 贡献了全省…的产业增加值: a rate or a figure set against a wider place — that
// place is what it is measured against, not a subject (the clauses after it are still the park's).
const COMPARED_RATE = /^(?:增速|增幅|总量|速度|增长)?(?:高于|低于|快于|慢于|好于|优于|超过|超出|贡献了?)/;

export function leadingSubject(text: string): SubjectGuess | null {
  // 记者从某示范区管委会获悉, 据某统计局: where the news came from, not what it is about
  if (COMPARISON_LEAD.test(text) || /^(本报)?(记者)?(从|自|据|经)/.test(text)) return null;
  if (COMPARED_RATE.test(text)) return null;
  // 该项目将于9月投产，年产值可达5亿元 / 项目达产后: a project's figures, not the park's
  const pr = PROJECT_REF.exec(text);
  if (pr) return { kind: 'other', name: pr[1]!, parkId: null };
  if (text.length < 2) return null;
  // 北碚区还迎来…, 某县已建成…: a district or county named at the clause's start, an adverb after it
  const place = DISTRICT_LEAD.exec(text);
  if (place && !/^[全该本我园新片城辖]/.test(place[1]!.slice(-2)))
    return { kind: 'region', name: place[1]!, parkId: null };
  // 在全国累计推广…, 全省新增…: a figure of the whole country or province, not the park's
  const wide = /^(?:[^，。在]{0,6}在)?(全国|全省|全市|全球|国内|省内|市内)/.exec(text);
  if (wide) return { kind: 'region', name: wide[1]!, parkId: null };
  // the first marker at position 2 or later
  let cut = -1;
  for (const w of SUBJECT_END_MARKERS) {
    const p = text.indexOf(w, 2);
    if (p >= 0 && (cut < 0 || p < cut)) cut = p;
  }
  const phrase = cut >= 0 ? text.slice(0, cut) : text;
  // 天成自控一期项目正式投产: a named project is its company's
  const project = /^([\u4e00-\u9fffA-Za-z]{2,10}?)([一二三四五]期)?项目$/.exec(phrase);
  if (
    project &&
    cut >= 0 &&
    !metricWordIn(project[1]!) &&
    !/^(重点|重大|签约|新|该|这|外资|产业化?)/.test(project[1]!)
  ) {
    return { kind: 'company', name: project[1]!, parkId: null };
  }
  if (!metricWordIn(phrase)) {
    const c = classifySubjectPhrase(phrase);
    if (c) return c;
  } else if (cut >= 0 && /^(实现|完成|累计)/.test(text.slice(cut)) && metricWordIn(text.slice(cut))) {
    // 高新技术企业实现总收入…: a group of enterprises doing something, even when the group is also a metric
    const c = classifySubjectPhrase(phrase);
    if (c?.kind === 'industry' && phrase.endsWith('企业')) return c;
  }
  // 海口市GDP增速领跑: a place written right before the metric words is the clause's subject
  const placed = splitRegionLabel(text);
  if (placed) return { kind: 'region', name: placed.region, parkId: null };
  // 科创园区新落户企业40家: a sub-area named right before the metric words
  for (const w of AREA_WORDS) {
    const p = text.indexOf(w);
    // 厦门港集装箱吞吐量: a port is another place (not 保税港区, 港口 alone, 港澳)
    if (w === '港' && (p > 4 || '区澳股资'.includes(text[p + 1] ?? '区'))) continue;
    // (…产业园等重点项目: an example of what is counted, not the subject)
    if (p >= 2 && p + w.length < text.length && !EXAMPLE_AFTER.test(text.slice(p + w.length))) {
      const area = text.slice(0, p + w.length);
      if (!metricWordIn(area)) return classifySubjectPhrase(area);
    }
  }
  return null;
}

const DISTRICT_LEAD =
  /^([\u4e00-\u9fff]{2,4}?(?:区|县|市|镇))(?=还|也|又|已|则|共|先后|累计|正在|全年|今年|上半年|目前)/;

const PROJECT_REF =
  /^(该项目|这个项目|这一项目|此项目|项目)(全面|全部|正式|建成|达产|投产|满产|将|预计|计划|一期|二期|总投资|投产后|达产后|建成后)/;

const AREA_WORDS = ['产业园', '园区', '走廊', '片区', '基地', '示范区', '港'];

/**
 * The subject of a speaker phrase (普达特…有限公司董事长刘二壮, 衢州智造新城投资促进部负责人,
 * 该企业总经理陆忠建): a company, the park, or someone else.
 */
export function speakerSubject(
  phrase: string,
  mentions: readonly Mention[],
  offset: number,
  lastCompany: string | null,
): SubjectGuess {
  const inside = mentions.filter((m) => m.start >= offset && m.end <= offset + phrase.length);
  const company = inside.find((m) => m.kind === 'company' || m.kind === 'companyRef');
  if (company)
    return { kind: 'company', name: company.kind === 'company' ? company.name : lastCompany, parkId: null };
  const park = inside.find((m) => m.kind === 'park');
  if (park) return { kind: 'park', name: null, parkId: park.parkId };
  const name = phrase.replace(/^[，、\s]*(近日|日前|目前|同时)?[，、\s]*/, '').trim();
  return { kind: 'other', name: name.length > 0 ? name.slice(0, 40) : null, parkId: null };
}

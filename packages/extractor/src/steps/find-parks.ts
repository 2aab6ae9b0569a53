/**
 * Parks in running text: every registry name and alias, unregistered parks by their form (a place name,
 * a few name characters and a generic ending: 衢州智造新城), anaphors that stand for the article's park
 * (该高新区, 园区, 全区) and sub-areas without a place of their own (特色专业创新园区). Companies too.
 */
import {
  COUNTIES,
  REGISTRY,
  normalizeParkName,
  parkFromRegistry,
  registeredParkById,
  registryNameIndex,
  slugifyParkName,
  type Park,
} from '@parkbrief/domain';
import { isCjk, isLatinLetter, isDigit, isSpace } from './classify-chars.js';
import { foldTraditional } from './fold-traditional.js';

/** What a park mention is. */
export type ParkMentionKind = 'registered' | 'unregistered' | 'anaphor' | 'subarea';

/** A park (or a word standing for one) found in a text. */
export interface ParkMention {
  readonly start: number;
  readonly end: number;
  /** The words as written (長春新區 stays so; its `parkId` is 长春新区's: one park). */
  readonly text: string;
  readonly kind: ParkMentionKind;
  /** The park meant: the registry id, the slug of an unregistered park, the article's park for an anaphor; null when unknown. */
  readonly parkId: string | null;
}

/** Options of `findParkMentions`. */
export interface FindParksOptions {
  /** The park an anaphor (该高新区, 园区, 全区) refers to, when the caller knows the article's park. */
  readonly articleParkId?: string | null;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  value: string | null;
}

function newNode(): TrieNode {
  return { next: new Map(), value: null };
}

function insert(root: TrieNode, key: string, value: string): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  node.value ??= value;
}

/** The longest key of the trie that starts at `at`: its length and value, or null. */
function longestAt(root: TrieNode, text: string, at: number): { length: number; value: string } | null {
  let node: TrieNode | undefined = root;
  let best: { length: number; value: string } | null = null;
  for (let i = at; i < text.length && node; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node?.value != null) best = { length: i - at + 1, value: node.value };
  }
  return best;
}

// Prefecture-level cities and provinces, without 市/省: the place a park's or company's name starts with.
// The registry's own cities and name prefixes are added below, so county-level cities with parks come in too.
const PLACES = `北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛
长春 四平 辽源 通化 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 海口 三亚 儋州
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 大理 拉萨 日喀则 林芝
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 杨凌 兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 伊犁 喀什 阿克苏 石河子
昆山 江阴 常熟 张家港 太仓 宜兴 义乌 慈溪 余姚 晋江 石狮 温岭 诸暨 海宁 瑞安 乐清 滨海 浦东 雄安 两江 天府`;

const GENERIC_ENDINGS = [
  '高新技术产业开发区',
  '经济综合实验区',
  '综合实验区',
  '综合试验区',
  '实验区',
  '工业集中区',
  '产业集聚区',
  '集中区',
  '保税港区',
  '新片区',
  '片区',
  '合作区',
  '自由贸易试验区',
  '自贸试验区',
  '综合保税区',
  '自贸片区',
  '自贸区',
  '综保区',
  '保税区',
  '示范区',
  '经济技术开发区',
  '经济开发区',
  '高新技术产业园区',
  '工业园区',
  '产业园区',
  '高新区',
  '开发区',
  '经开区',
  '新城',
  '新区',
  '园区',
  '工业园',
  '产业园',
  '科学城',
  '科技城',
  '航天城',
  '航空城',
  '科技园',
  '农高区',
];
// Characters that end a park's name on the left: a park name never runs across these.
const NAME_BREAKERS = new Set(
  '的了是在和与及对为把被将向从等到也都就又还以、，。；：！？“”‘’（）()《》「」·—…',
);

interface Lexicon {
  /** 1 for code units that start a registry form, 2 for those that start a generic ending (bit flags). */
  starts: Uint8Array;
  registry: TrieNode;
  places: TrieNode;
  counties: TrieNode;
  endings: TrieNode;
  placeCity: Map<string, { city: string | null; province: string | null }>;
}

let lexicon: Lexicon | null = null;

function stripAdmin(name: string): string {
  for (const s of [
    '维吾尔自治区',
    '壮族自治区',
    '回族自治区',
    '自治区',
    '特别行政区',
    '省',
    '市',
    '地区',
    '盟',
    '州',
  ]) {
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  }
  return name;
}

/**
 * A county-level name without its rank (鄱阳县 → 鄱阳, 达拉特旗 → 达拉特); the name as is when the rest would
 * be one character or only says where in a city it lies (城区, 东城区, 市中区: not a place on their own).
 */
function stripCounty(name: string): string {
  const m = /^(.+?)(自治县|自治旗|林区|特区|县|区|市|旗)$/.exec(name);
  if (!m || m[1]!.length < 2 || /^[东西南北中新老城市郊矿上下前后内外河口]+$/.test(m[1]!)) return name;
  return m[1]!;
}

function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const registry = newNode();
  for (const { form, id } of registryNameIndex()) insert(registry, form, id);
  const placeCity = new Map<string, { city: string | null; province: string | null }>();
  for (const p of PLACES.split(/\s+/)) if (p) placeCity.set(p, { city: null, province: null });
  for (const e of REGISTRY) {
    if (e.city) placeCity.set(stripAdmin(e.city), { city: e.city, province: e.province });
    if (e.province && !placeCity.get(stripAdmin(e.province))?.province)
      placeCity.set(stripAdmin(e.province), { city: null, province: e.province });
    const ending = GENERIC_ENDINGS.find((s) => e.shortName.endsWith(s));
    const prefix = ending ? e.shortName.slice(0, -ending.length) : '';
    if (prefix.length >= 2 && prefix.length <= 4 && !placeCity.has(prefix))
      placeCity.set(prefix, { city: e.city, province: e.province });
  }
  // counties by their bare name (鄱阳县 → 鄱阳), apart: a short county name is often a word or inside one
  const counties = newNode();
  for (const [name] of COUNTIES) {
    const bare = stripCounty(name);
    if (bare !== name && !placeCity.has(bare)) insert(counties, bare, bare);
  }
  const places = newNode();
  for (const p of placeCity.keys()) insert(places, p, p);
  const endings = newNode();
  for (const s of GENERIC_ENDINGS) insert(endings, s, s);
  const starts = new Uint8Array(0x10000);
  for (const c of registry.next.keys()) starts[c] = (starts[c] ?? 0) | 1;
  for (const c of endings.next.keys()) starts[c] = (starts[c] ?? 0) | 2;
  for (const w of ANAPHOR_WORDS) starts[w.charCodeAt(0)] = (starts[w.charCodeAt(0)] ?? 0) | 4;
  lexicon = { starts, registry, places, counties, endings, placeCity };
  return lexicon;
}

/** Words indexed by their first character, so a scan tests only the words that can start at a position. */
function byFirstChar(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = map.get(w[0] ?? '') ?? [];
    list.push(w);
    map.set(w[0] ?? '', list);
  }
  return map;
}

/** The longest of the words that starts at `at` and ends by `limit`, or undefined. */
function leadWordAt(
  words: ReadonlyMap<string, string[]>,
  text: string,
  at: number,
  limit: number,
): string | undefined {
  const list = words.get(text[at] ?? '');
  return list?.find((w) => at + w.length <= limit && text.startsWith(w, at));
}

// Counts and determiners: never part of a park's own name.
const COUNT_CHARS = new Set('一二两三四五六七八九十百千万几多家个座各等全该本此这其每季度年月日');
/** Endings that make a park only after a place name (乌鲁木齐片区; not 三个片区). */
const ENDINGS_NEEDING_PLACE = new Set(['片区', '新片区', '集中区', '合作区', '实验区', '综合试验区']);
// Endings that make a short name a park of its own; 园区, 产业园 … after a bare name are sub-areas.
// (Every generic ending but those of sub-areas and of the one agricultural zone, which need a place name.)
const WEAK_ENDINGS = new Set([
  '高新技术产业园区',
  ...ENDINGS_NEEDING_PLACE,
  '工业园区',
  '产业园区',
  '园区',
  '工业园',
  '产业园',
  '科技园',
  '农高区',
]);
const STRONG_ENDINGS = new Set(GENERIC_ENDINGS.filter((e) => !WEAK_ENDINGS.has(e)));
// Words of a descriptive phrase, not of a proper name (产业新城, 创新新区).
const GENERIC_NAME_WORDS = [
  '产业',
  '工业',
  '科技',
  '创新',
  '特色',
  '专业',
  '现代',
  '高新',
  '经济',
  '开放',
  '综合',
  '国家',
  '省级',
  '市级',
  '城市',
  '新兴',
  '未来',
  '数字',
  '智慧',
  '生态',
  '文化',
  '农业',
  '商务',
  '物流',
  '保税',
  '示范',
  '整个',
  '重点',
  '主要',
];

function hasAny(text: string, from: number, to: number, chars: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (chars.has(text[i] ?? '')) return true;
  return false;
}

// Words that make the words before an ending a phrase about parks (湖北部分园区, 占同期新区, 带动新区), not a name.
const PHRASE_WORDS = [
  '部分',
  '若干',
  '其他',
  '其余',
  '所有',
  '相关',
  '有关',
  '同期',
  '同类',
  '带动',
  '拉动',
  '推动',
  '省级',
  '市级',
  '县级',
  '国家级',
  '参评',
  '目前',
  '当前',
  '以来',
  '县域',
];
// A name never starts with these verbs and comparison words (占全市新区, 较新区, 比新区).
const PHRASE_LEADS = new Set('占较比与和及在对向把被将从至到为由来今我该本这那各');

function hasWord(text: string, from: number, to: number, words: readonly string[]): boolean {
  const part = text.slice(from, to);
  return words.some((w) => part.includes(w));
}

// Words that point instead of naming (我市, 本县, 各区): never part of a place's name.
const DEICTIC = new Set('我你他该本这那各每其此');

// A county-level place written with its rank (湄潭县, 兴宾区, 昆山市, 准格尔旗): a place before a park's ending.
const COUNTY_RANKS = new Set('县市区旗');

/** A county-level place (two or three ideographs and 县/市/区/旗) starting at `at` and ending by `limit`. */
function countyAt(text: string, at: number, limit: number): { length: number; value: string } | null {
  for (let n = 2; n <= 3; n++) {
    const rank = at + n;
    if (rank >= limit) break;
    if (!COUNTY_RANKS.has(text[rank] ?? '') || text[rank + 1] === '域') continue;
    let ok = true;
    for (let k = at; k < rank && ok; k++) {
      const c = text[k] ?? '';
      if (!isCjk(text.charCodeAt(k)) || NAME_BREAKERS.has(c) || COUNT_CHARS.has(c) || DEICTIC.has(c))
        ok = false;
    }
    if (ok && hasWord(text, at, rank, SUBAREA_LEADS_LIST)) ok = false;
    if (!ok || hasWord(text, at, rank, PHRASE_WORDS) || PHRASE_LEADS.has(text[at] ?? '')) continue;
    // (a county must not be a park ending's own 区 or a word like 社区)
    const word = text.slice(at, rank + 1);
    if (/(新区|园区|片区|社区|城区|景区|市区|郊区|辖区|全区|本区|该区|我区)$/.test(word)) continue;
    return { length: n + 1, value: word };
  }
  return null;
}

/** The endings a county's own park takes right after the county's bare name (鄱阳工业园区, 凤凰工业集中区). */
const COUNTY_PARK_ENDINGS = new Set([
  '工业园区',
  '工业园',
  '工业集中区',
  '产业集聚区',
  '经济开发区',
  '经济技术开发区',
  '高新技术产业园区',
  '高新技术产业开发区',
  '高新区',
  '经开区',
  '开发区',
]);

/** Characters that end the words leading a list of names (分别是, 依次为, 包括, 其中). */
const LIST_LEADS = new Set('是为括中');

/**
 * A county's bare name right before a county park's ending (鄱阳工业园区 — 鄱阳县's park), read only where a
 * name may begin: at a clause's start, after a breaker or the words leading a list, so a word ending in a county's first character is
 * no county (增长海口…: not 长海).
 */
function bareCountyAt(
  text: string,
  at: number,
  endingStart: number,
  end: number,
  lex: Lexicon,
): { length: number; value: string } | null {
  if (!COUNTY_PARK_ENDINGS.has(text.slice(endingStart, end))) return null;
  const before = text[at - 1];
  if (
    at > 0 &&
    isCjk(text.charCodeAt(at - 1)) &&
    !NAME_BREAKERS.has(before ?? '') &&
    !LIST_LEADS.has(before ?? '')
  )
    return null;
  const county = longestAt(lex.counties, text, at);
  if (!county) return null;
  // 某县某某港开发区: a short proper name of its own (a port, a lake, a town) may stand between county and ending
  const middle = endingStart - (at + county.length);
  // (a place's own name ends as a port, a lake, a bay or a town does; a verb between is no name: 某县加快开发区)
  const words = text.slice(at + county.length, endingStart);
  return middle === 0 ||
    (middle > 0 && middle <= 3 && /^[\u4e00-\u9fff]{1,2}[港湖湾岛山镇乡河江]$/.test(words))
    ? county
    : null;
}

/** Does a place other than the registered park's own stand right before its name at `at`? */
function placedElsewhere(text: string, at: number, covered: number, id: string, lex: Lexicon): boolean {
  for (let k = Math.max(covered, at - 4); k <= at - 2; k++) {
    const place = longestAt(lex.places, text, k);
    if (!place || k + place.length !== at) continue;
    const entry = registeredParkById(id);
    if (!entry) return false;
    const own = [entry.city, entry.province, entry.name, entry.shortName].filter((x): x is string => !!x);
    return !own.some((o) => o.includes(place.value));
  }
  return false;
}

// Endings that after a whole city or province (某市开发区) name its parks together.
const CITY_WIDE_ENDINGS = new Set([
  '开发区',
  '园区',
  '工业园区',
  '产业园区',
  '工业集中区',
  '高新区',
  '经开区',
]);

/** 山东临沂经济开发区 is 临沂经济开发区: a province before a city names no other park. */
function withoutProvince(name: string, lex: Lexicon): string {
  const first = longestAt(lex.places, name, 0);
  if (!first) return name;
  const where = lex.placeCity.get(first.value);
  if (!where?.province || where.city) return name;
  let rest = name.slice(first.length);
  if (rest.startsWith('省')) rest = rest.slice(1);
  const inner = longestAt(lex.places, rest, 0);
  return inner && inner.length < rest.length ? rest : name;
}

const ANAPHOR_PREFIXES = new Set(['该', '本', '全', '此', '这', '其']);
// 片区 (a free-trade zone's area) stands for the article's zone where it opens a clause (片区实现…); after
// other words it ends a name of its own (临港新片区) or a phrase.
const ANAPHOR_WORDS = ['全区', '该区', '本区', '我区', '片区'];

function opensClause(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  return !isCjk(prev) && !isLatinLetter(prev) && !isDigit(prev);
}
const QU = '区'.charCodeAt(0);
const MAX_NAME_MIDDLE = 6;
const SUBAREA_LEADS_LIST = [
  '推进',
  '推动',
  '打造',
  '建设',
  '加快',
  '依托',
  '围绕',
  '发展',
  '支持',
  '落户',
  '入驻',
  '建成',
  '启动',
  '完成',
  '培育',
  '聚焦',
  '布局',
  '引进',
  '规划',
  '新建',
  '扩建',
  '成立',
  '设立',
  '进入',
  '走进',
  '带领',
  '带动',
  '拉动',
  '引领',
  '助推',
  '助力',
  '服务',
  '振兴',
  '考察',
  '调研',
  '参观',
  '具有',
  '拥有',
  '获批',
  '批复',
  '批准',
  '参评',
  '申报',
  '创建',
  '争创',
  '成为',
  '作为',
  '位于',
  '地处',
  '毗邻',
  '对接',
  '融入',
  '其中',
  '包括',
  '以及',
  // period words right before a name (今年以来某某保税港区…) are no part of it
  '以来',
  '年来',
  '目前',
  // (a report's period written straight before its park, 今年前三季度某某新区实现…, 一至五月份某某新区)
  '季度',
  '半年',
  '月份',
  '年度',
];
const SUBAREA_LEADS = byFirstChar(SUBAREA_LEADS_LIST);

/**
 * Every park mention in a text, in order and without overlaps: registry names and aliases (longest first),
 * unregistered parks by their form, anaphors and sub-areas.
 */
export function findParkMentions(printed: string, options: FindParksOptions = {}): ParkMention[] {
  // read in simplified characters (長春新區 is 长春新区, one park); the fold keeps every offset
  const text = foldTraditional(printed);
  const lex = getLexicon();
  const anaphorId = options.articleParkId ?? null;
  const out: ParkMention[] = [];
  let covered = 0;
  for (let i = 0; i < text.length; i++) {
    const flags = lex.starts[text.charCodeAt(i)] ?? 0;
    if (flags === 0) continue;
    if (i >= covered && (flags & 1) !== 0) {
      const reg = longestAt(lex.registry, text, i);
      // 南宁·中关村: a registered name joined to another place by a middle dot names a place of that place
      if (reg && i > 0 && text[i - 1] === '·') {
        covered = i + reg.length;
        i = covered - 1;
        continue;
      }
      // 绍兴滨海新区 is not 天津's 滨海新区: a place written right before a registered name that is not the
      // registered park's own place makes a park of that place (read by its form below)
      if (reg && placedElsewhere(text, i, covered, reg.value, lex)) {
        // (the generic ending after it is read where it starts)
      } else if (reg) {
        out.push({
          start: i,
          end: i + reg.length,
          text: text.slice(i, i + reg.length),
          kind: 'registered',
          parkId: reg.value,
        });
        covered = i + reg.length;
        i = covered - 1;
        continue;
      }
    }
    const ending = (flags & 2) !== 0 ? longestAt(lex.endings, text, i) : null;
    if (ending) {
      const end = i + ending.length;
      const mention = mentionEndingAt(text, i, end, covered, lex, anaphorId);
      if (mention) {
        out.push(mention);
        covered = end;
      }
      i = end - 1;
      continue;
    }
    if (
      i >= covered &&
      text.charCodeAt(i + 1) === QU &&
      ANAPHOR_WORDS.some((w) => text.startsWith(w, i)) &&
      (text[i] !== '片' || opensClause(text, i))
    ) {
      out.push({ start: i, end: i + 2, text: text.slice(i, i + 2), kind: 'anaphor', parkId: anaphorId });
      covered = i + 2;
      i++;
    }
  }
  shortFormsOf(out);
  // names as printed; ids were made from the folded text
  return text === printed ? out : out.map((m) => ({ ...m, text: printed.slice(m.start, m.end) }));
}

/** Does `short` keep the characters of `long` in order (航空港实验区 of 郑州航空港经济综合实验区)? */
function isShortFormOf(short: string, long: string): boolean {
  if (short.length >= long.length || short.length < 4) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * A short form of a park the text names in full (郑州航空港经济综合实验区 … 航空港实验区), read as a sub-area for
 * lack of a place, is that park: same ending, its characters in order.
 */
function shortFormsOf(mentions: ParkMention[]): void {
  // each name once (a long text names the same parks again and again), and each short form looked up once
  const named = new Map<string, ParkMention>();
  for (const m of mentions)
    if ((m.kind === 'registered' || m.kind === 'unregistered') && m.parkId && !named.has(m.text))
      named.set(m.text, m);
  if (named.size === 0) return;
  const found = new Map<string, ParkMention | null>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'subarea' && m.kind !== 'unregistered') continue;
    let full = found.get(m.text);
    if (full === undefined) {
      const ending = GENERIC_ENDINGS.find((e) => m.text.endsWith(e));
      full = null;
      if (ending)
        for (const p of named.values()) {
          if (p.text === m.text || !p.text.endsWith(ending)) continue;
          // 某市某某保税港区 … 某某保税港区: the name without its city (two to four characters before it)
          const withoutCity =
            p.text.endsWith(m.text) && p.text.length - m.text.length <= 4 && m.text.length >= 4;
          if (withoutCity || (m.kind === 'subarea' && isShortFormOf(m.text, p.text))) {
            full = p;
            break;
          }
        }
      found.set(m.text, full);
    }
    if (full) mentions[i] = { ...m, kind: full.kind, parkId: full.parkId };
  }
}

function mentionEndingAt(
  text: string,
  endingStart: number,
  end: number,
  covered: number,
  lex: Lexicon,
  anaphorId: string | null,
): ParkMention | null {
  // The name before the ending: ideographs back to a breaker, at most a few of them.
  let left = endingStart;
  while (
    left > covered &&
    endingStart - left < MAX_NAME_MIDDLE + 4 &&
    isCjk(text.charCodeAt(left - 1)) &&
    !NAME_BREAKERS.has(text[left - 1] ?? '')
  )
    left--;
  // A place name may hold a character that otherwise breaks a name (呼和浩特): look a little further left
  // for a place that spans the break.
  let wide = left;
  while (wide > covered && left - wide < 4 && isCjk(text.charCodeAt(wide - 1))) wide--;
  for (let k = wide; k < endingStart; k++) {
    const place =
      longestAt(lex.places, text, k) ??
      countyAt(text, k, endingStart) ??
      bareCountyAt(text, k, endingStart, end, lex);
    if (!place || k + place.length > endingStart || endingStart - (k + place.length) > MAX_NAME_MIDDLE)
      continue;
    if (k < left && k + place.length < left) continue;
    // A count between place and ending (陕西省两家国家高新区) makes it a phrase about parks, not a park's name.
    if (hasAny(text, k + place.length, endingStart, COUNT_CHARS)) continue;
    if (hasWord(text, k + place.length, endingStart, PHRASE_WORDS)) continue;
    const name = text.slice(k, end);
    // 天津市开发区, 上饶市工业园区: a city's parks together, not one park (天津开发区, 湄潭县工业园区 are one)
    const middle = text.slice(k + place.length, endingStart);
    if (/^(市|省|州|盟|地区)$/.test(middle) && CITY_WIDE_ENDINGS.has(text.slice(endingStart, end)))
      return { start: k, end, text: name, kind: 'subarea', parkId: null };
    return {
      start: k,
      end,
      text: name,
      kind: 'unregistered',
      parkId: unregisteredParkId(withoutProvince(name, lex)),
    };
  }
  if (ENDINGS_NEEDING_PLACE.has(text.slice(endingStart, end)) && left < endingStart) {
    // 三个片区, 示范片区: a sub-area ending with no place before it names no park of its own
    return { start: left, end, text: text.slice(left, end), kind: 'subarea', parkId: null };
  }
  const before = text[endingStart - 1] ?? '';
  if (ANAPHOR_PREFIXES.has(before) && endingStart - 1 >= covered) {
    return {
      start: endingStart - 1,
      end,
      text: text.slice(endingStart - 1, end),
      kind: 'anaphor',
      parkId: anaphorId,
    };
  }
  if (left === endingStart)
    return {
      start: endingStart,
      end,
      text: text.slice(endingStart, end),
      kind: 'anaphor',
      parkId: anaphorId,
    };
  // The sentence's verb before a sub-area's name is not part of it (大力推进特色专业创新园区).
  let start = left;
  // (from one character before the name's start: a lead word may begin with a breaker, 以来)
  for (let k = endingStart - 2; k >= Math.max(covered, left - 1); k--) {
    const lead = leadWordAt(SUBAREA_LEADS, text, k, endingStart);
    if (lead && k + lead.length > left) {
      start = k + lead.length;
      break;
    }
  }
  if (start === endingStart)
    return {
      start: endingStart,
      end,
      text: text.slice(endingStart, end),
      kind: 'anaphor',
      parkId: anaphorId,
    };
  // 市某某新区 in a city's report: 市 says "the city's", it is no part of the name (a name of two or three
  // characters must still follow)
  if (/^[市省县]$/.test(text[start] ?? '') && endingStart - start >= 3) start++;
  const name = text.slice(start, end);
  // A short proper name right before a park's ending (濂溪新城) is a park even without a known place.
  const ending = text.slice(endingStart, end);
  const bare = text.slice(start, endingStart);
  if (
    STRONG_ENDINGS.has(ending) &&
    bare.length >= 2 &&
    bare.length <= 3 &&
    !hasAny(text, start, endingStart, COUNT_CHARS) &&
    !GENERIC_NAME_WORDS.some((w) => bare.includes(w)) &&
    !hasWord(text, start, endingStart, PHRASE_WORDS) &&
    !PHRASE_LEADS.has(bare[0] ?? '') &&
    // 位于某高新区的丝路科技城: a place of the park named just before, not a park of its own
    !(start > 0 && covered === start - 1 && text[start - 1] === '的')
  ) {
    return { start, end, text: name, kind: 'unregistered', parkId: unregisteredParkId(name) };
  }
  return { start, end, text: name, kind: 'subarea', parkId: null };
}

// Slugs go through pinyin conversion, which is slow next to everything else here: remember them.
const SLUG_CACHE = new Map<string, string>();
const SLUG_CACHE_LIMIT = 10_000;

// The press shortens the generic endings of park names: one park, two written forms.
const LONG_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['高新技术产业开发区', '高新区'],
  ['高新技术产业园区', '高新区'],
  ['经济技术开发区', '经开区'],
  ['综合保税区', '综保区'],
];

/** The short form of a park name, as the press writes it: 岳阳经济技术开发区 → 岳阳经开区, without 国家. */
export function shortParkName(name: string): string {
  const n = normalizeParkName(name);
  for (const [long, short] of LONG_ENDINGS)
    if (n.endsWith(long) && n.length > long.length) return n.slice(0, -long.length) + short;
  return n;
}

/** The long form of a short park name (岳阳经开区 → 岳阳经济技术开发区); the name itself when it has none. */
function longParkName(short: string): string {
  if (short.endsWith('高新区') && short.length > 3) return short.slice(0, -3) + '高新技术产业开发区';
  if (short.endsWith('经开区') && short.length > 3) return short.slice(0, -3) + '经济技术开发区';
  if (short.endsWith('综保区') && short.length > 3) return short.slice(0, -3) + '综合保税区';
  return short;
}

/** The id of a park recognised by its form: the same for its long and short forms. */
function unregisteredParkId(name: string): string {
  return parkIdForName(shortParkName(name));
}

/** A valid, stable id for a park name (the domain's slug, cut to the id length limit). */
export function parkIdForName(name: string): string {
  const cached = SLUG_CACHE.get(name);
  if (cached !== undefined) return cached;
  const slug = slugifyParkName(name)
    .slice(0, 120)
    .replace(/[-_.]+$/, '');
  const id = slug.length > 0 ? slug : 'park';
  if (SLUG_CACHE.size >= SLUG_CACHE_LIMIT) SLUG_CACHE.clear();
  SLUG_CACHE.set(name, id);
  return id;
}

/**
 * The `Park` a mention stands for: the registry row for a registered name, a park of level `other` for an
 * unregistered one (its city and province when its place name is known); null for anaphors and sub-areas.
 */
export function parkForMention(mention: ParkMention): Park | null {
  // a name printed in traditional characters is kept among the names, so the park is found as printed
  const folded = foldTraditional(mention.text);
  const printed = folded === mention.text ? [] : [mention.text];
  if (mention.kind === 'registered' && mention.parkId) {
    const entry = registeredParkById(mention.parkId);
    if (!entry) return null;
    const park = parkFromRegistry(entry);
    const extra = printed.filter((n) => n !== park.name && !park.aliases.includes(n));
    return extra.length > 0 ? { ...park, aliases: [...park.aliases, ...extra] } : park;
  }
  if (mention.kind !== 'unregistered') return null;
  const lex = getLexicon();
  const place = longestAt(lex.places, folded, 0);
  const where = place ? lex.placeCity.get(place.value) : undefined;
  const short = shortParkName(withoutProvince(folded, lex));
  const long = longParkName(short);
  return {
    id: parkIdForName(short),
    name: short,
    shortName: short,
    aliases: [
      ...new Set([...(long === short ? [] : [long]), ...(folded === short ? [] : [folded]), ...printed]),
    ],
    province: where?.province ?? null,
    city: where?.city ?? null,
    level: 'other',
    registered: false,
  };
}

/** How often each park is named in a text (registered and unregistered names only), and where first. */
export function countParks(
  mentions: readonly ParkMention[],
): Map<string, { count: number; first: number; mention: ParkMention }> {
  const counts = new Map<string, { count: number; first: number; mention: ParkMention }>();
  for (const m of mentions) {
    if ((m.kind !== 'registered' && m.kind !== 'unregistered') || !m.parkId) continue;
    const c = counts.get(m.parkId);
    if (c) c.count++;
    else counts.set(m.parkId, { count: 1, first: m.start, mention: m });
  }
  return counts;
}

/** A company named in a text. */
export interface CompanyMention {
  readonly start: number;
  readonly end: number;
  /** The name as written (中润新能源（徐州）有限公司). */
  readonly name: string;
}

const COMPANY_ENDINGS = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团', '公司'];
// Words before a company's name that are not part of it (verbs and function words of the sentence).
const COMPANY_LEAD_WORDS = [
  '是由',
  '由',
  '是',
  '的',
  '在',
  '与',
  '和',
  '及',
  '向',
  '对',
  '被',
  '从',
  '给',
  '等',
  '了',
  '成立',
  '设立',
  '组建',
  '引进',
  '引入',
  '联合',
  '推进',
  '推动',
  '支持',
  '落户',
  '前来',
  '签署',
  '打造',
  '建设',
  '投资',
  '携手',
  '帮助',
  '助推',
  '带动',
  '包括',
  '其中',
  '作为',
  '通过',
  '来到',
  '走进',
  '获得',
  '拿到',
  // Descriptions of a company before its name (区内龙头企业鸿达精密电子有限公司).
  '龙头企业',
  '区内企业',
  '园区企业',
  '入园企业',
  '入驻企业',
  '重点企业',
  '骨干企业',
  '链主企业',
  '领军企业',
  '本土企业',
  '民营企业',
  '外资企业',
  '上市企业',
];
/** Words a company's kind ends with, never its name (跨国公司, 上市公司, 龙头企业集团). */
const GENERIC_KIND_END = /(跨国|上市|外资|合资|独资|龙头|骨干|大型|知名|国有|民营)$/;
const GENERIC_COMPANY = new Set([
  '合资',
  '该',
  '本',
  '子',
  '分',
  '母',
  '总',
  '上市',
  '这家',
  '一家',
  '该企业',
  '各',
  '多家',
  '新',
  '公司',
  '集团',
  '企业',
  '独资',
  '控股',
  '外资',
  '国有',
]);
const COMPANY_LEADS = byFirstChar(COMPANY_LEAD_WORDS);
const COMPANY_BREAKERS = new Set('，。、；：！？“”‘’《》「」…—·\n');

/**
 * Companies named in a text, as written: names ending 有限公司, 股份有限公司, 集团, 公司 …, starting after the
 * sentence's verb or function word (由江苏中润光能科技股份有限公司 → 江苏中润光能科技股份有限公司). Generic
 * references (合资公司, 该公司) are left out.
 */
export function findCompanies(text: string): CompanyMention[] {
  const out: CompanyMention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '有' && ch !== '股' && ch !== '集' && ch !== '公') continue;
    const ending = COMPANY_ENDINGS.find((e) => text.startsWith(e, i));
    if (!ending) continue;
    const end = i + ending.length;
    let left = i;
    while (left > lastEnd && i - left < 24) {
      const c = text.charCodeAt(left - 1);
      const prev = text[left - 1] ?? '';
      const okSpace =
        isSpace(c) && (isLatinLetter(text.charCodeAt(left - 2)) || isLatinLetter(text.charCodeAt(left)));
      if (COMPANY_BREAKERS.has(prev) || (isSpace(c) && !okSpace)) break;
      if (!(isCjk(c) || isLatinLetter(c) || isDigit(c) || okSpace || '（）()&'.includes(prev))) break;
      left--;
    }
    let start = left;
    for (let k = i - 1; k >= left; k--) {
      const word = leadWordAt(COMPANY_LEADS, text, k, i);
      if (word) {
        start = k + word.length;
        break;
      }
    }
    while (start < i && isSpace(text.charCodeAt(start))) start++;
    const body = text.slice(start, i);
    // (吸引跨国公司, 引进科技公司: a kind of company ending the words, no name)
    if (
      body.length >= 2 &&
      !GENERIC_COMPANY.has(body) &&
      !body.startsWith('该') &&
      !body.startsWith('这') &&
      !GENERIC_KIND_END.test(body)
    ) {
      out.push({ start, end, name: text.slice(start, end) });
      lastEnd = end;
    }
    i = end - 1;
  }
  return out;
}

/** Is `name` a known place, with or without its rank (温州, 温州市, 浙江省)? */
export function isPlaceName(name: string): boolean {
  const lex = getLexicon();
  const bare = name.replace(/(省|市|州|县|地区|盟)$/, '');
  return lex.placeCity.has(bare) || lex.placeCity.has(name);
}

/** The distinct company names of a text, in order of first mention. */
export function companyNames(text: string): string[] {
  return [...new Set(findCompanies(text).map((c) => c.name))];
}

/**
 * The provinces named in a text by a place name (江苏三家高新区 → 江苏省; 苏州 → 江苏省), in order, without
 * repeats: what a headline about several parks of one region has in common with their body.
 */
export function provincesNamed(text: string): string[] {
  const lex = getLexicon();
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isCjk(text.charCodeAt(i))) continue;
    const place = longestAt(lex.places, text, i);
    if (!place) continue;
    const province = lex.placeCity.get(place.value)?.province;
    if (province && !out.includes(province)) out.push(province);
    i += place.length - 1;
  }
  return out;
}

/** The province of a park id as the registry or a recognised park's place name gives it; null when unknown. */
export function provinceOfMention(mention: ParkMention): string | null {
  return parkForMention(mention)?.province ?? null;
}

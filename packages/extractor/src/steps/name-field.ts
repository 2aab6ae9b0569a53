/**
 * Names of industries and of firms written without the endings that usually mark them.
 *
 * Chinese economic writing often names an industry by its field alone (装备制造, 精细化工, 电子信息, 生物
 * 医药, 新能源汽车, 汽车及零部件), with no 产业 or 行业 after it, and a firm by its brand and its business
 * alone (某某电子, 某某精密), with no 公司 after it. Both are subjects of their own figures, never the park's.
 *
 * An industry's name is built from a small closed vocabulary: modifiers (新, 高端, 精细, 智能, 生物…) before
 * fields (制造, 化工, 医药, 材料, 能源, 汽车…), joined at most by 及/和/与/、. A phrase that splits wholly
 * into those words is an industry. A firm's short name is a brand the vocabulary does not know, followed by
 * the business it is in (华X电子, X远精密): the same field words, or words only firms end with (科技, 股份).
 */

/** Fields an industry is named by (the head of 装备制造, 精细化工, 新材料, 汽车零部件). */
const FIELDS = [
  '制造',
  '智造',
  '化工',
  '石化',
  '化学',
  '医药',
  '生物',
  '医疗',
  '器械',
  '健康',
  '康养',
  '信息',
  '信息技术',
  '软件',
  '通信',
  '通讯',
  '网络',
  '互联网',
  '物联网',
  '大数据',
  '云计算',
  '人工智能',
  '集成电路',
  '半导体',
  '芯片',
  '元器件',
  '电子',
  '光电',
  '光电子',
  '激光',
  '显示',
  '传感',
  '传感器',
  '材料',
  '新材',
  '能源',
  '光伏',
  '风电',
  '储能',
  '锂电',
  '电池',
  '氢能',
  '电力',
  '电气',
  '汽车',
  '整车',
  '零部件',
  '装备',
  '机械',
  '机器人',
  '无人机',
  '仪器',
  '仪表',
  '航空',
  '航天',
  '船舶',
  '轨道交通',
  '环保',
  '节能',
  '食品',
  '饮料',
  '粮油',
  '农产品',
  '纺织',
  '服装',
  '服饰',
  '鞋服',
  '家居',
  '家具',
  '家电',
  '建材',
  '冶金',
  '钢铁',
  '有色',
  '有色金属',
  '金属',
  '铝',
  '铜',
  '煤炭',
  '橡胶',
  '塑料',
  '陶瓷',
  '玻璃',
  '造纸',
  '印刷',
  '包装',
  '物流',
  '电商',
  '商贸',
  '金融',
  '文旅',
  '旅游',
  '文化',
  '创意',
  '会展',
  '外包',
  '检验检测',
  '研发',
  '设计',
  '数字经济',
  '经济',
];

/** Words that qualify a field (高端装备, 精细化工, 新能源汽车); alone they name no industry. */
const MODIFIERS = [
  '新',
  '新型',
  '新一代',
  '高端',
  '先进',
  '智能',
  '精细',
  '精密',
  '石油',
  '煤',
  '消费',
  '现代',
  '绿色',
  '数字',
  '功能',
  '特种',
  '轻工',
  '高性能',
  '清洁',
  '可再生',
  '海洋',
  '工程',
  '通用',
  '专用',
  '动力',
  '安全',
  '应急',
  '环境',
  '光学',
  '微',
  '核',
  '大',
  '低空',
  '商用',
  '乘用',
  '医用',
  '服务',
];

const CONNECTORS = ['及', '和', '与', '、'];

const VOCAB = [...new Set([...FIELDS, ...MODIFIERS, ...CONNECTORS])].sort((a, b) => b.length - a.length);
const FIELD_SET = new Set(FIELDS);
const CONNECTOR_SET = new Set(CONNECTORS);

/**
 * The words of `p` when it splits wholly into the vocabulary (longest words first, backtracking), else
 * null. Bounded: names are short, and the vocabulary's words are at most four characters.
 */
function vocabularyWords(p: string): string[] | null {
  if (p.length === 0 || p.length > 16) return null;
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === p.length) return [];
    const seen = memo.get(i);
    if (seen !== undefined) return seen;
    let found: string[] | null = null;
    for (const w of VOCAB) {
      if (!p.startsWith(w, i)) continue;
      const rest = from(i + w.length);
      if (rest) {
        found = [w, ...rest];
        break;
      }
    }
    memo.set(i, found);
    return found;
  };
  return from(0);
}

/**
 * Whether `p` names an industry by its field (装备制造, 精细化工, 电子信息, 新能源汽车, 汽车及零部件): it
 * splits wholly into the vocabulary, ends in a field, and neither starts nor ends with a connector.
 * A modifier alone (智能, 新型) or a single generic word (经济, 服务) names none.
 */
export function isFieldIndustry(p: string): boolean {
  const words = vocabularyWords(p);
  if (!words || words.length === 0) return false;
  if (CONNECTOR_SET.has(words[0]!) || CONNECTOR_SET.has(words[words.length - 1]!)) return false;
  if (!FIELD_SET.has(words[words.length - 1]!)) return false;
  // 经济 and 设计 alone are the park's economy and a kind of work, not an industry
  if (words.length === 1 && /^(经济|设计|研发|信息|文化|创意|外包|金属|健康)$/.test(p)) return false;
  return true;
}

/** Words only a firm's name ends with (the business named after its brand). */
const FIRM_ONLY_ENDS = [
  '科技',
  '股份',
  '实业',
  '控股',
  '药业',
  '制药',
  '重工',
  '电器',
  '车业',
  '机电',
  '电缆',
  '精工',
  '光学',
  '精密',
  '智能',
  '微电子',
  '新材',
];

/**
 * Fields a firm's name also ends with (某鑫电子, 某达化工). Fields that name a kind of work or a part of
 * the economy (经济, 金融, 文化, 设计) end no firm's short name often enough to tell one.
 */
const FIRM_FIELDS = [
  '电子',
  '光电',
  '化工',
  '医药',
  '生物',
  '材料',
  '能源',
  '汽车',
  '机械',
  '电气',
  '装备',
  '通信',
  '软件',
  '食品',
  '纺织',
  '钢铁',
  '电池',
  '锂电',
  '半导体',
  '激光',
  '环保',
  '信息技术',
];
const FIRM_ENDS = [...FIRM_ONLY_ENDS, ...FIRM_FIELDS].sort((a, b) => b.length - a.length);

/** Heads that say what kind of firms, not which one (重点电子, 本地汽车). */
const NOT_BRAND =
  /^(重点|龙头|骨干|规上|规模以上|限上|全区|园区|区内|本地|外资|民营|国有|中小|大型|小微|高新|新兴|主导|传统|优势|特色|支柱|全市|全省|我区|本区|该区|相关|其他|其余|各类|部分|多家|一批|新兴)/;

/**
 * Whether `p` is a firm's short name: a brand of two to four characters the industry vocabulary does not
 * know, then a field or a firm's own ending (某鑫电子, 某航精密, 某达科技). Brands are not places
 * (…市电子), nor groups of firms, nor words with particles in them.
 */
export function isBrandFirm(p: string): boolean {
  if (p.length < 4 || p.length > 9) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(p) || /[的了在将和与及是为]/.test(p)) return false;
  if (NOT_BRAND.test(p)) return false;
  for (const end of FIRM_ENDS) {
    if (!p.endsWith(end)) continue;
    const brand = p.slice(0, -end.length);
    if (brand.length < 2 || brand.length > 4) continue;
    // (a brand the vocabulary knows is an industry's modifier: 汽车电子, 智能装备)
    if (vocabularyWords(brand)) return false;
    // (a place's name ends in a place word: 某市电子, 某县化工)
    if (/[省市县区镇乡村园]$/.test(brand)) return false;
    return true;
  }
  return false;
}

/**
 * Bylines, photo credits and datelines: the small printed marks that tell where an item ends or starts.
 */
import { allCjk, endsSentence, isCjk, isSpace, splitOnSpace, trimSpace } from './classify-chars.js';

// Common Chinese surnames (single and compound): a byline token must start with one.
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鄂殳蹇衣鲜';
const COMPOUND_SURNAMES = [
  '欧阳',
  '上官',
  '司马',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '闻人',
  '轩辕',
  '西门',
  '呼延',
];
const SURNAME_SET = new Set(SINGLE_SURNAMES);
// Characters that make a token a word of running text rather than a given name.
const NOT_IN_NAMES = new Set(
  '的了是在和与及等们这那个之为所以于也都就而但对把被将从向到说有无不没年月日元亿万%，。、：；！？“”（）',
);

/** True when a token reads as a Chinese personal name: 2–3 ideographs (4 with a compound surname). */
export function isPersonName(token: string): boolean {
  if (token.length < 2 || token.length > 4) return false;
  for (let i = 0; i < token.length; i++) {
    if (!isCjk(token.charCodeAt(i)) || NOT_IN_NAMES.has(token[i] ?? '')) return false;
  }
  if (COMPOUND_SURNAMES.some((s) => token.startsWith(s))) return token.length >= 3;
  return token.length <= 3 && SURNAME_SET.has(token[0] ?? '');
}

/**
 * Joins the halves of two-character names that a byline pads to the width of three (`孙 婧` → 孙婧): a
 * one-ideograph surname token followed by a one-ideograph token. Role words stay tokens of their own.
 */
export function mergeSpacedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (
      t.length === 1 &&
      next !== undefined &&
      next.length === 1 &&
      SURNAME_SET.has(t) &&
      isCjk(next.charCodeAt(0)) &&
      !NOT_IN_NAMES.has(next)
    ) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** Names separated by whitespace (or `、`), 1–4 of them, every one a personal name; otherwise null. */
export function parseNames(text: string): string[] | null {
  // Four names of at most four characters and their separators (a padded name counts one more): anything
  // longer is running text.
  if (text.length > 23) return null;
  const tokens = mergeSpacedNames(splitOnSpace(text.split('、').join(' ')));
  if (tokens.length === 0 || tokens.length > 4) return null;
  return tokens.every(isPersonName) ? tokens : null;
}

const MARKERS = new Set(['▶', '►', '▷', '▸', '■', '□', '●', '◆', '◇', '★', '☆', '▲', '△']);
const ROLE_WORDS = [
  '本报记者',
  '本报通讯员',
  '本报实习生',
  '特约记者',
  '见习记者',
  '实习记者',
  '通讯员',
  '实习生',
  '记者',
  '文/',
  '文／',
  '文：',
  '撰稿：',
  '作者：',
];

/**
 * A byline printed with a mark (`▶▶ 王继红 姜城程`) or a role (`本报记者 张三 通讯员 李四`): the names in order,
 * or null when the line is something else.
 */
export function markedByline(line: string): string[] | null {
  let s = trimSpace(line);
  if (
    s.length === 0 ||
    s.length > 60 ||
    (!MARKERS.has(s[0] ?? '') && !ROLE_WORDS.some((r) => s.startsWith(r)))
  )
    return null;
  let marked = false;
  while (s.length > 0 && MARKERS.has(s[0] ?? '')) {
    s = s.slice(1);
    marked = true;
  }
  // Role words separate names (宋 林 通讯员 崔晓): names are read between them, so a padded name's halves
  // join only with each other.
  const names: string[] = [];
  let roles = 0;
  let group: string[] = [];
  const flushGroup = (): boolean => {
    for (const t of mergeSpacedNames(group)) {
      const found = parseNames(t);
      if (!found) return false;
      names.push(...found);
    }
    group = [];
    return true;
  };
  for (const token of splitOnSpace(s)) {
    let t = token;
    for (let again = true; again;) {
      again = false;
      for (const role of ROLE_WORDS) {
        if (t.startsWith(role)) {
          t = t.slice(role.length);
          roles++;
          again = true;
          if (!flushGroup()) return null;
        }
      }
    }
    if (t.length > 0) group.push(t);
  }
  if (!flushGroup()) return null;
  if (names.length === 0 || names.length > 6) return null;
  return marked || roles > 0 ? names : null;
}

/** A line that is only 1–4 names (`李琳琳 赵成平`): the names, or null. */
export function namesAlone(line: string): string[] | null {
  return parseNames(trimSpace(line));
}

/**
 * A byline printed at the end of an article's last line, after a space (`…营商环境。 王昌梅`): the text before it
 * and the names, or null. The text before must end a sentence and must not be justified (spaces between
 * ideographs), so a justified line's last words are never read as names.
 */
export function tailByline(line: string): { body: string; names: string[] } | null {
  const s = trimSpace(line);
  // The names take at most 4 × (4 + 1) characters at the end, after a space.
  let lastSpace = s.length - 1;
  while (lastSpace >= 0 && !isSpace(s.charCodeAt(lastSpace))) lastSpace--;
  if (lastSpace < 0 || s.length - lastSpace > 5) return null;
  const tokens = splitOnSpace(s.length > 40 ? s.slice(s.length - 40) : s);
  if (tokens.length < 2) return null;
  for (let k = Math.min(8, tokens.length - 1); k >= 1; k--) {
    const names = tokens.slice(tokens.length - k);
    const merged = mergeSpacedNames(names);
    if (merged.length > 4 || !merged.every(isPersonName)) continue;
    // Cut the line before the first name token, found from the end.
    let cut = s.length;
    for (let t = names.length - 1; t >= 0; t--) {
      cut = s.lastIndexOf(names[t] ?? '', cut - 1);
      if (cut < 0) return null;
    }
    const body = trimSpace(s.slice(0, cut));
    if (!endsSentence(body) || isJustified(body)) continue;
    return { body, names: merged };
  }
  return null;
}

function isJustified(text: string): boolean {
  let gaps = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(i + 1))) gaps++;
  }
  return gaps >= 2;
}

const CREDIT_LABELS = ['图片来源', '图片提供', '图片', '供图', '摄影', '摄'];

/** A photo credit line (`图片来源：中山火炬开发区`): the credit without its label, or null. */
export function parseCredit(line: string): string | null {
  const s = trimSpace(line);
  for (const label of CREDIT_LABELS) {
    if (!s.startsWith(label)) continue;
    const rest = trimSpace(s.slice(label.length));
    if (rest.startsWith('：') || rest.startsWith(':') || rest.startsWith('/') || rest.startsWith('／')) {
      const credit = trimSpace(rest.slice(1));
      return credit.length > 0 && credit.length <= 40 ? credit : null;
    }
  }
  return null;
}

const NEWS_SOURCE_ENDS = new Set(['报', '网', '台']);

/**
 * The dateline that opens a news item (`本报讯`, `本报X月X日讯`, `新华社北京9月10日电`): its length in the line
 * (including following spaces), or 0 when the line does not open with one.
 */
export function datelineLength(line: string): number {
  const s = line;
  let lead = 0;
  while (lead < s.length && isSpace(s.charCodeAt(lead))) lead++;
  const rest = s.slice(lead);
  let len = 0;
  const xun = rest.indexOf('讯');
  if (rest.startsWith('本报讯')) len = 3;
  else if (
    xun >= 3 &&
    xun <= 8 &&
    NEWS_SOURCE_ENDS.has(rest[xun - 1] ?? '') &&
    allCjk(rest.slice(0, xun)) &&
    (xun + 1 === rest.length || isSpace(rest.charCodeAt(xun + 1)) || '（('.includes(rest[xun + 1] ?? ''))
  )
    // Another paper's or site's dateline: 科技日报讯, 经济日报讯, 人民网讯.
    len = xun + 1;
  else if (rest.startsWith('本报')) {
    const end = rest.indexOf('讯');
    if (end > 2 && end <= 14 && !/[，。、；：]/.test(rest.slice(0, end))) len = end + 1;
  } else {
    const agency = rest.indexOf('社');
    const dian = rest.indexOf('电');
    if (
      agency >= 1 &&
      agency <= 6 &&
      dian > agency &&
      dian <= agency + 14 &&
      !/[，。、；]/.test(rest.slice(0, dian))
    )
      len = dian + 1;
  }
  if (len === 0) return 0;
  // A reporter's note right after the dateline: 本报讯（记者 张三）.
  let end = lead + len;
  let gap = end;
  while (gap < s.length && gap - end < 3 && isSpace(s.charCodeAt(gap))) gap++;
  if (s[gap] === '（' || s[gap] === '(') end = gap;
  if (s[end] === '（' || s[end] === '(') {
    const close = s.indexOf(s[end] === '（' ? '）' : ')', end);
    if (close > end && close - end <= 30) end = close + 1;
  }
  while (end < s.length && isSpace(s.charCodeAt(end))) end++;
  return end;
}

/**
 * The reporters named in a dateline's note (`本报讯（记者 刘洋 通讯员 王五）` → 刘洋, 王五); [] when none.
 */
export function datelineByline(line: string): string[] {
  const s = trimSpace(line);
  const open = s.indexOf('（') >= 0 ? s.indexOf('（') : s.indexOf('(');
  if (open < 0 || open > 16 || datelineLength(s) === 0) return [];
  const close = s.indexOf(s[open] === '（' ? '）' : ')', open);
  if (close < 0 || close - open > 30) return [];
  return markedByline(s.slice(open + 1, close)) ?? [];
}

const SOURCE_LABELS = ['来源', '稿件来源', '信息来源', '资料来源', '文章来源'];

/**
 * A provenance line after an item (`来源：厦门自贸片区发布`, `（来源：新华社）`): where the item was taken from,
 * neither body text nor a photo credit. True when the line is one.
 */
export function isSourceLine(line: string): boolean {
  let s = trimSpace(line);
  if (s.length === 0 || s.length > 50) return false;
  if (s[0] === '（' || s[0] === '(') s = s.slice(1);
  for (const label of SOURCE_LABELS) {
    if (!s.startsWith(label)) continue;
    const rest = trimSpace(s.slice(label.length));
    return rest.startsWith('：') || rest.startsWith(':');
  }
  return false;
}

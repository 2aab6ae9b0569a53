/**
 * A page copied from the web, not laid out by a newspaper: each paragraph is one long line, the title lines
 * come first, and debris of the site (dates, sources, share buttons, navigation) stands around them. Such a
 * page is one article: its title is its headline (whatever numbered heads — 一、 （一） 1. — follow), and its
 * paragraphs are its body. A PDF text layer (short broken lines) is left to the newspaper segmenter.
 */
import { datelineByline, datelineLength, markedByline, namesAlone, tailByline } from './detect-bylines.js';
import { foldTraditional } from './fold-traditional.js';
import type { BodyItem, PageSegments, TitleGroup } from './segment-page.js';

// A line this long is a paragraph; a text layer breaks lines long before.
const PARAGRAPH_LINE = 50;
// The share of a page's characters in paragraph lines that makes it a web page (text layers: near 0).
const WEB_SHARE = 0.6;
// Title lines are short; a longer line before the body is its lead paragraph.
const TITLE_MAX = 48;

const SENTENCE_END = /[。！？!?]["”’）)]?$/;
// Site debris: time stamps, sources, editors, share prompts, breadcrumbs.
const DEBRIS = [
  /^(原标题|来源|稿件来源|责编|责任编辑|编辑|作者|发布时间|收录时间|时间|浏览|点击|阅读|分享|打开|查看|扫描|关键词|当前位置|正在阅读|图片来源|图)[:：]?/,
  /^[-•·>\s]*(发布时间|浏览量|来源)/,
  /^\d{4}[-年/.]\d{1,2}([-月/.]\d{1,2}日?)?(\s*\d{1,2}:\d{2}(:\d{2})?)?/,
  /(微信|朋友圈|分享|浏览器|客户端|二维码)/,
  /^[\s•·>-]*$/,
  /^[A-Za-z\s]+$/,
  // breadcrumbs (首页 > 地方频道), stamps inside a line, bylines and issue numbers
  />/,
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}/,
  /(记者|通讯员|摄影|实习生)/,
  /第?\d+期$/,
];

function isDebris(line: string): boolean {
  const t = foldTraditional(line.trim());
  if (DEBRIS.some((re) => re.test(t))) return true;
  // navigation: several short words apart (经济 投资 金融 新闻网)
  const words = t.split(/\s+/).filter((w) => w.length > 0);
  return words.length >= 3 && words.every((w) => w.length <= 6);
}

/** Is the page laid out as a web page (paragraph lines), not as a PDF text layer (short broken lines)? */
export function isWebPage(pageText: string): boolean {
  let total = 0;
  let long = 0;
  for (const raw of pageText.split('\n')) {
    const n = raw.trim().length;
    total += n;
    if (n >= PARAGRAPH_LINE) long += n;
  }
  return total > 0 && long / total >= WEB_SHARE;
}

/**
 * The page as one article when it is a web page: the short lines before the first paragraph are its title
 * (the first is the headline, a second the kicker), site debris left out; null for a text layer.
 */
export function readWebPage(pageText: string): PageSegments | null {
  if (!isWebPage(pageText)) return null;
  const lines = pageText
    .split('\n')
    .map((l) => l.replace(/\s+$/, '').replace(/^[\s\u3000]+/, ''))
    .filter((l) => l.length > 0);
  const titleLines: string[] = [];
  let k = 0;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.length > TITLE_MAX || SENTENCE_END.test(line) || datelineLength(line) > 0) break;
    if (!isDebris(line) && !titleLines.includes(line)) titleLines.push(line);
  }
  const paragraphs = lines.slice(k).filter((l, i) => i === 0 || !isDebris(l) || l.length > TITLE_MAX);
  const byline = takeByline(paragraphs);
  if (paragraphs.length === 0) return null;
  const reporters = datelineByline(paragraphs[0]!);
  const body: BodyItem = {
    paragraphs,
    byline,
    photo: null,
    dateline: datelineLength(paragraphs[0]!) > 0,
    firstLine: k,
    endsSentence: SENTENCE_END.test(paragraphs[paragraphs.length - 1]!),
    hasCaptionSentence: false,
    reporters,
  };
  const titles: TitleGroup[] =
    titleLines.length > 0
      ? [
          {
            headline: titleLines[0]!,
            kicker: titleLines[1] ?? null,
            byline: [],
            nextItem: 0,
            nextIsDateline: body.dateline,
            firstLine: 0,
          },
        ]
      : [];
  return { items: [body], titles, photos: [] };
}

/**
 * The byline at the end of a web article — a line of its own (▶▶ 张三, 本报记者 李四), names after the last
 * sentence (…。 王五) or in brackets (（记者 周六 通讯员 孙七）) — taken off the paragraphs; [] when none.
 */
function takeByline(paragraphs: string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return [];
  const alone = last.length <= 30 ? (markedByline(last) ?? namesAlone(last)) : null;
  if (alone) {
    paragraphs.pop();
    return alone;
  }
  const bracket = /[（(]([^()（）]{2,40})[)）]\s*$/.exec(last);
  const inBracket = bracket ? markedByline(bracket[1]!) : null;
  if (bracket && inBracket) {
    paragraphs[paragraphs.length - 1] = last.slice(0, bracket.index).trimEnd();
    if (paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
    return inBracket;
  }
  const tail = tailByline(last);
  if (tail) {
    paragraphs[paragraphs.length - 1] = tail.body;
    return tail.names;
  }
  return [];
}

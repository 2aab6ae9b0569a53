/**
 * Segmentation of one page into items: bodies with their bylines and photos, title groups (headline and
 * kicker, possibly with a byline) and photos printed apart. Titles and stray photos are matched to their
 * bodies afterwards (`match-headlines.ts`), since the text layer often prints all bold headlines together at
 * the end of the page.
 */
import { readWebPage } from './read-web-page.js';
import type { Photo } from '@parkbrief/domain';
import { endsSentence } from './classify-chars.js';
import {
  datelineByline,
  datelineLength,
  isSourceLine,
  markedByline,
  namesAlone,
  parseCredit,
  tailByline,
} from './detect-bylines.js';
import { matchHeadlines, type SegmentedItem } from './match-headlines.js';
import {
  collapseSpacing,
  columnWidths,
  endsWithBrokenWord,
  isShortLine,
  joinLines,
  normalizeTitleSpacing,
  readLines,
  type PageLine,
} from './repair-text.js';

/** A body of text on the page: paragraphs, and the byline and photo printed with it. */
export interface BodyItem {
  /** Repaired paragraphs in printed order. */
  readonly paragraphs: string[];
  byline: string[];
  photo: Photo | null;
  /** It opened with a dateline (本报讯): surely a news item of its own. */
  readonly dateline: boolean;
  /** Index of the first line on the page. */
  readonly firstLine: number;
  /** The last paragraph ended a sentence (a cut-off body continues elsewhere on the page). */
  endsSentence: boolean;
  /** A caption sentence (图为…) was read in the body. */
  hasCaptionSentence: boolean;
  /** Reporters named in the dateline (本报讯（记者 刘洋）): the byline when none is printed at the end. */
  readonly reporters: string[];
}

/** A headline with its kicker, printed as title lines, possibly with a byline next to it. */
export interface TitleGroup {
  readonly headline: string;
  readonly kicker: string | null;
  byline: string[];
  /** Index of the body that the group directly precedes on the page; null when none does. */
  nextItem: number | null;
  /** The body directly followed by a dateline: a layout that puts the headline just above it. */
  nextIsDateline: boolean;
  readonly firstLine: number;
  /**
   * The page's layout (a PDF read with its positions) printed this title above body `nextItem`: it is that
   * body's title, with no matching by content. Absent for text pages.
   */
  readonly placed?: boolean;
}

/** A photo printed apart from its article: caption and credit lines. */
export interface LoosePhoto {
  readonly photo: Photo;
  readonly firstLine: number;
}

/** What a page is made of before titles and photos are matched to bodies. */
export interface PageSegments {
  readonly items: BodyItem[];
  readonly titles: TitleGroup[];
  readonly photos: LoosePhoto[];
}

type Unit =
  | {
      kind: 'para';
      reporters: string[];
      text: string;
      titleText: string;
      lines: number;
      endsSentence: boolean;
      dateline: boolean;
      line: number;
    }
  | { kind: 'title'; text: string; doubled: boolean; line: number }
  | { kind: 'byline'; names: string[]; marked: boolean; line: number }
  | { kind: 'credit'; text: string; line: number }
  | { kind: 'caption'; text: string; line: number };

const MAX_TITLE_LENGTH = 40;
const NOT_TITLE_ENDINGS = new Set(['，', '、', '；', ',', ';']);

/**
 * The line after a lone name opens something new (or there is none): a lone 2–3 character line between two
 * paragraphs is more likely a short subhead (成果, 高质量) than a byline.
 */
function opensSomething(next: PageLine | undefined): boolean {
  if (!next) return true;
  return (
    next.doubled ||
    next.indented ||
    datelineLength(next.raw) > 0 ||
    parseCredit(next.text) !== null ||
    markedByline(next.raw) !== null
  );
}

/** Splits a page into units: paragraphs, title lines, bylines, credits. */
function toUnits(lines: readonly PageLine[]): Unit[] {
  const widths = columnWidths(lines);
  const units: Unit[] = [];
  let open: PageLine[] = [];
  let openText: string[] = [];
  let openDateline = false;
  let openReporters: string[] = [];
  const flush = (): void => {
    if (open.length === 0) return;
    const text = joinLines(openText);
    if (text.length > 0) {
      const titleText = open.length === 1 && open[0] ? normalizeTitleSpacing(open[0].raw) : text;
      units.push({
        kind: 'para',
        text,
        titleText,
        lines: open.length,
        endsSentence: endsSentence(text),
        dateline: openDateline,
        reporters: openReporters,
        line: open[0]?.index ?? 0,
      });
    }
    open = [];
    openText = [];
    openDateline = false;
    openReporters = [];
  };
  const lastUnit = (): Unit | undefined => units[units.length - 1];

  lines.forEach((line, i) => {
    // Provenance (来源：…) closes nothing and says nothing: it is left out of every body.
    if (!line.doubled && isSourceLine(line.raw)) return;
    const credit = parseCredit(line.text);
    if (credit !== null) {
      flush();
      units.push({ kind: 'credit', text: credit, line: line.index });
      return;
    }
    if (line.doubled) {
      flush();
      // A column's head (园区简讯) is printed bold like a headline but heads several items: no item's title.
      if (isColumnHead(line.raw)) return;
      units.push({ kind: 'title', text: normalizeTitleSpacing(line.raw), doubled: true, line: line.index });
      return;
    }
    const marked = markedByline(line.raw);
    if (marked) {
      flush();
      units.push({ kind: 'byline', names: marked, marked: true, line: line.index });
      return;
    }
    if (open.length === 0) {
      const prev = lastUnit();
      const alone = namesAlone(line.raw);
      if (
        alone &&
        prev?.kind === 'para' &&
        prev.endsSentence &&
        (alone.length > 1 || opensSomething(lines[i + 1]))
      ) {
        units.push({ kind: 'byline', names: alone, marked: false, line: line.index });
        return;
      }
    }
    const dateline = datelineLength(line.raw);
    if (dateline > 0 || line.indented) flush();
    if (dateline > 0) {
      openDateline = true;
      openReporters = datelineByline(line.raw);
    }
    const tail = tailByline(line.raw);
    const raw = tail ? tail.body : line.raw;
    const text =
      !tail && dateline === 0
        ? line.text
        : collapseSpacing(dateline > 0 ? raw.slice(Math.max(0, dateline - leadingSpace(line.raw))) : raw);
    if (text.length > 0) {
      open.push(line);
      openText.push(text);
    }
    if (tail) {
      flush();
      units.push({ kind: 'byline', names: tail.names, marked: false, line: line.index });
      return;
    }
    // A dateline line is never a paragraph's short end: the dateline itself is set wider than it counts.
    if (
      endsSentence(text) ||
      (dateline === 0 && !endsWithBrokenWord(text) && isShortLine(line, widths[i] ?? 0))
    )
      flush();
  });
  flush();
  return classifyShortParagraphs(units);
}

const COLUMN_HEAD_ENDINGS = ['简讯', '快讯', '速览', '速递', '短波', '动态', '资讯'];

/** A short bold line naming a column of briefs (简讯, 园区快讯, 高新速递). */
export function isColumnHead(text: string): boolean {
  const t = normalizeTitleSpacing(text);
  return t.length <= 8 && COLUMN_HEAD_ENDINGS.some((e) => t.endsWith(e));
}

function leadingSpace(raw: string): number {
  return raw.length - raw.trimStart().length;
}

/**
 * One-line paragraphs that do not end a sentence are titles, captions or subheads; their neighbours decide:
 * before a credit a caption, next to bold titles or a marked byline a title, after a boundary and before a
 * body a headline printed above it; between paragraphs of one body a subhead (kept in the body).
 */
function classifyShortParagraphs(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (u.kind === 'para' && u.text.startsWith('图为') && units[i + 1]?.kind === 'credit') {
      out.push({ kind: 'caption', text: u.text, line: u.line });
      continue;
    }
    if (
      u.kind !== 'para' ||
      u.lines !== 1 ||
      u.endsSentence ||
      u.dateline ||
      u.text.length > MAX_TITLE_LENGTH ||
      NOT_TITLE_ENDINGS.has(u.text[u.text.length - 1] ?? '')
    ) {
      out.push(u);
      continue;
    }
    const prev = out[out.length - 1];
    const next = units[i + 1];
    if (next?.kind === 'credit') {
      out.push({ kind: 'caption', text: u.text, line: u.line });
    } else if ((next?.kind === 'title' && next.doubled) || (next?.kind === 'byline' && next.marked)) {
      out.push({ kind: 'title', text: u.titleText, doubled: false, line: u.line });
    } else if (
      prev?.kind === 'title' &&
      (next === undefined || next.kind === 'title' || next.kind === 'byline')
    ) {
      out.push({ kind: 'title', text: u.titleText, doubled: false, line: u.line });
    } else if (
      (prev === undefined || prev.kind === 'byline' || prev.kind === 'credit' || prev.kind === 'title') &&
      next?.kind === 'para'
    ) {
      out.push({ kind: 'title', text: u.titleText, doubled: false, line: u.line });
    } else out.push(u);
  }
  return out;
}

function hasColonEnd(text: string): boolean {
  return text.endsWith('：') || text.endsWith(':') || text.endsWith('——');
}

function hasColon(text: string): boolean {
  return text.includes('：') || text.includes(':');
}

/** Groups a run of title lines into headlines with kickers (引题 above a headline, 副题 after `——`). */
function groupTitles(run: ReadonlyArray<Extract<Unit, { kind: 'title' }>>): TitleGroup[] {
  const groups: Array<{ headline: string; kicker: string | null; firstLine: number }> = [];
  let kicker: { text: string; line: number } | null = null;
  let current: { headline: string; kicker: string | null; firstLine: number } | null = null;
  run.forEach((t, j) => {
    if (current && hasColonEnd(current.headline)) {
      current.headline += t.text;
      return;
    }
    if (current && (t.text.startsWith('——') || t.text.startsWith('—'))) {
      current.kicker ??= t.text;
      return;
    }
    const next = run[j + 1];
    const kickerLike =
      next !== undefined &&
      !hasColonEnd(t.text) &&
      // A kicker is set smaller than its headline, never bold: a doubled (bold) line is a headline itself.
      !t.doubled &&
      (next.doubled || (!hasColon(t.text) && hasColon(next.text)));
    if (kickerLike && kicker === null) {
      kicker = { text: t.text, line: t.line };
      return;
    }
    current = { headline: t.text, kicker: kicker?.text ?? null, firstLine: kicker?.line ?? t.line };
    kicker = null;
    groups.push(current);
  });
  const left = kicker as { text: string; line: number } | null;
  if (left) groups.push({ headline: left.text, kicker: null, firstLine: left.line });
  return groups.map((g) => ({ ...g, byline: [], nextItem: null, nextIsDateline: false }));
}

/** Segments one page's raw text into bodies, title groups and loose photos. */
export function segmentUnits(pageText: string): PageSegments {
  const units = toUnits(readLines(pageText));
  const items: BodyItem[] = [];
  const titles: TitleGroup[] = [];
  const photos: LoosePhoto[] = [];
  let current: BodyItem | null = null;
  let closed = true;
  let closedByByline = false;
  let run: Array<Extract<Unit, { kind: 'title' }>> = [];
  let runGroups: TitleGroup[] = [];
  let caption: { text: string; line: number } | null = null;

  const endRun = (): void => {
    if (run.length === 0) return;
    runGroups = groupTitles(run);
    titles.push(...runGroups);
    run = [];
  };
  const open = (u: Extract<Unit, { kind: 'para' }>): BodyItem => {
    const item: BodyItem = {
      paragraphs: [u.text],
      byline: [],
      photo: null,
      dateline: u.dateline,
      firstLine: u.line,
      endsSentence: u.endsSentence,
      hasCaptionSentence: u.text.includes('图为'),
      reporters: u.reporters,
    };
    items.push(item);
    const last = runGroups[runGroups.length - 1];
    if (last && last.nextItem === null) {
      last.nextItem = items.length - 1;
      last.nextIsDateline = u.dateline;
    }
    return item;
  };

  units.forEach((u, i) => {
    const prev = units[i - 1];
    if (u.kind !== 'title') endRun();
    switch (u.kind) {
      case 'para': {
        const continues =
          current !== null && closed && !closedByByline && !current.endsSentence && !u.dateline;
        if (current && (!closed || continues) && !u.dateline) {
          current.paragraphs.push(u.text);
          current.endsSentence = u.endsSentence;
          if (u.text.includes('图为')) current.hasCaptionSentence = true;
          closed = false;
        } else {
          current = open(u);
          closed = false;
          closedByByline = false;
        }
        runGroups = [];
        break;
      }
      case 'title':
        run.push(u);
        closed = true;
        break;
      case 'byline': {
        const group = runGroups[runGroups.length - 1];
        if (prev?.kind === 'title' && group) {
          group.byline = u.names;
        } else if (current && (!closed || current.byline.length === 0)) {
          if (current.byline.length === 0) current.byline = u.names;
          closed = true;
          closedByByline = true;
        }
        break;
      }
      case 'caption':
        caption = { text: u.text, line: u.line };
        runGroups = [];
        break;
      case 'credit': {
        const captionText = caption?.text ?? null;
        const photo: Photo = { caption: captionText, credit: u.text };
        if (caption && (closed || !current)) photos.push({ photo, firstLine: caption.line });
        else if (current && (!closed || prev?.kind === 'para')) {
          current.photo ??= photo;
          if (!caption) closed = true;
        } else photos.push({ photo, firstLine: u.line });
        caption = null;
        runGroups = [];
        break;
      }
    }
  });
  endRun();
  return { items, titles, photos };
}

/**
 * Segments one page's raw text into items: bodies with their headline, kicker, byline, photo, parks,
 * companies and kind, in the order a reader meets the bodies.
 */
export function segmentPage(pageText: string): SegmentedItem[] {
  // a page copied from the web is one article with its title lines first; a text layer is laid out
  return matchHeadlines(readWebPage(pageText) ?? segmentUnits(pageText));
}

/**
 * The layout of one newspaper page from its positioned text runs: runs become lines, lines become blocks (a
 * run of lines of one font and size in one column), blocks get roles by size, font and position (headline,
 * kicker, byline, body, caption, page header), and each block goes to the article whose headline stands
 * above it, across as many columns as the headline spans. Pure: no PDF library here (see `read-pdf.ts`).
 */

/** One run of text as a PDF draws it: a string at a baseline position, in user-space units (y grows up). */
export interface TextRun {
  readonly str: string;
  /** Left end of the baseline. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  /** Font size (the vertical scale of the text matrix). */
  readonly size: number;
  /** Font resource name: runs of one font share it. */
  readonly font: string;
}

/** What a block of the page is. */
export type BlockRole = 'header' | 'kicker' | 'headline' | 'byline' | 'body' | 'caption';

/**
 * A hint about the page text: lines `line .. line + lines - 1` (indices into the text split on `\n`) are a
 * block of this role, part of article `article` (articles numbered from 0 in reading order; null for the
 * page's own header and footer).
 */
export interface LayoutBlock {
  readonly role: BlockRole;
  readonly line: number;
  readonly lines: number;
  readonly article: number | null;
}

/** A page read: its text in reading order (one paragraph, title or byline a line) and the blocks it is made of. */
export interface PageLayout {
  readonly text: string;
  readonly blocks: LayoutBlock[];
  /** Runs drawn twice (fake bold) that were read once. */
  readonly doubledRuns: number;
  /** Columns found (distinct left edges of body text). */
  readonly columns: number;
}

interface Run extends TextRun {
  bold: boolean;
}

interface Line {
  readonly runs: Run[];
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  readonly font: string;
  readonly bold: boolean;
  /** Justified spacing collapsed: nothing between Chinese characters, one space between Latin words. */
  readonly text: string;
  /** Every printed space kept as one space (bylines and credits separate names with them). */
  readonly spaced: string;
}

interface Block {
  readonly lines: Line[];
  x0: number;
  x1: number;
  readonly size: number;
  readonly font: string;
  role: BlockRole;
  /** Index of the title group that owns the block; -1 when none stands above it. */
  owner: number;
}

interface TitleGroup {
  readonly blocks: Block[];
  readonly top: number;
  readonly bottom: number;
  readonly x0: number;
  readonly x1: number;
  /** The span the group claims: widened to its neighbours, so a short centred headline covers its columns. */
  left: number;
  right: number;
}

// --- characters ---------------------------------------------------------------------------------------------

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2000 && code <= 0x206f) ||
    code >= 0x20000
  );
}

function isLatinOrDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

const SPACE = /\s+/g;

/** Justified spacing out: a space survives only between two Latin words or numbers (or Latin punctuation). */
export function collapseSpaces(text: string): string {
  return text.trim().replace(SPACE, (m, at: number, s: string) => {
    const a = s.charCodeAt(at - 1);
    const b = s.charCodeAt(at + m.length);
    return isWide(a) || isWide(b) ? '' : ' ';
  });
}

// Latin punctuation after which an English sentence or clause goes on after a space.
const LATIN_STOPS = new Set(['.', ',', ';', ':', '!', '?', ')']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2043', '\u00ad']);

/** Joins a paragraph's lines: Chinese with nothing, Latin words with a space, a hyphenated word without its hyphen. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (line.length === 0) continue;
    if (out.length === 0) {
      out = line;
      continue;
    }
    const last = out.charCodeAt(out.length - 1);
    const first = line.charCodeAt(0);
    if (
      out.length >= 2 &&
      HYPHENS.has(out[out.length - 1] ?? '') &&
      isLetter(out.charCodeAt(out.length - 2)) &&
      isLetter(first)
    )
      out = out.slice(0, -1) + line;
    else if (
      (isLatinOrDigit(last) && isLatinOrDigit(first) && (isLetter(last) || isLetter(first))) ||
      (LATIN_STOPS.has(out[out.length - 1] ?? '') && isLetter(first))
    )
      out += ' ' + line;
    else out += line;
  }
  return out;
}

// --- runs to lines ------------------------------------------------------------------------------------------

/**
 * Fake bold: the same run drawn twice (or more), a fraction of its size apart. The copies are dropped and the
 * run kept once, marked bold.
 */
function readOnce(runs: readonly TextRun[]): { runs: Run[]; doubled: number } {
  const buckets = new Map<number, Run[]>();
  const out: Run[] = [];
  let doubled = 0;
  for (const r of runs) {
    if (r.str.trim().length === 0 || !(r.size > 0)) continue;
    const key = Math.round(r.y / 2);
    const tol = 0.25 * r.size;
    let twin: Run | undefined;
    for (let k = key - 1; k <= key + 1 && !twin; k++)
      twin = buckets
        .get(k)
        ?.find(
          (o) =>
            o.str === r.str &&
            Math.abs(o.size - r.size) < 0.05 * r.size &&
            Math.abs(o.x - r.x) < tol &&
            Math.abs(o.y - r.y) < tol,
        );
    if (twin) {
      twin.bold = true;
      doubled++;
      continue;
    }
    const run: Run = { ...r, bold: false };
    out.push(run);
    const list = buckets.get(key) ?? [];
    list.push(run);
    buckets.set(key, list);
  }
  return { runs: out, doubled };
}

// A gap wider than this many ems between runs on one baseline separates two columns (or header fields).
const COLUMN_GAP_EMS = 0.9;

function makeLine(runs: Run[]): Line {
  let text = '';
  let spaced = '';
  let prevEnd = NaN;
  const size = runs.reduce((m, r) => Math.max(m, r.size), 0);
  for (const r of runs) {
    if (!Number.isNaN(prevEnd) && r.x - prevEnd > 0.2 * size) {
      text += ' ';
      spaced += ' ';
    }
    text += r.str;
    spaced += r.str;
    prevEnd = r.x + r.width;
  }
  // The font of most characters names the line's font.
  const chars = new Map<string, number>();
  for (const r of runs) chars.set(r.font, (chars.get(r.font) ?? 0) + r.str.length);
  const font = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const boldChars = runs.reduce((n, r) => n + (r.bold ? r.str.length : 0), 0);
  const allChars = runs.reduce((n, r) => n + r.str.length, 0);
  return {
    runs,
    x0: runs[0]?.x ?? 0,
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    y: runs[0]?.y ?? 0,
    size,
    font,
    bold: boldChars * 2 > allChars,
    text: collapseSpaces(text),
    spaced: spaced.trim().replace(SPACE, ' '),
  };
}

/** Runs on one baseline, split where a wide gap (a column gap) or a change of size separates them. */
function toLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    const head = row?.[0];
    if (row && head && Math.abs(head.y - r.y) < 0.3 * Math.min(head.size, r.size)) row.push(r);
    else rows.push([r]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: Run[] = [];
    let end = -Infinity;
    for (const r of row) {
      const last = cur[cur.length - 1];
      const size = Math.max(r.size, last?.size ?? 0);
      const apart =
        last !== undefined &&
        (r.x - end > COLUMN_GAP_EMS * size || Math.abs(r.size - last.size) > 0.15 * size);
      if (apart) {
        lines.push(makeLine(cur));
        cur = [];
      }
      cur.push(r);
      end = Math.max(apart ? -Infinity : end, r.x + r.width);
    }
    if (cur.length > 0) lines.push(makeLine(cur));
  }
  return lines;
}

// --- lines to blocks ----------------------------------------------------------------------------------------

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Lines stacked at a line's pitch, in one column, of one font and size, make a block. */
function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  const open: Block[] = [];
  for (const line of lines) {
    let best: Block | null = null;
    let bestDy = Infinity;
    for (const b of open) {
      const last = b.lines[b.lines.length - 1]!;
      const dy = last.y - line.y;
      if (dy < 0.8 * line.size || dy > 2.0 * line.size) continue;
      if (b.font !== line.font || Math.abs(b.size - line.size) > 0.08 * line.size) continue;
      // Overlapping, or starting within an indent of the last line (a short wrap under an indented line).
      if (
        overlap(b.x0, b.x1, line.x0, line.x1) < 0.2 * line.size &&
        Math.abs(last.x0 - line.x0) > 2.5 * line.size
      )
        continue;
      if (dy < bestDy) {
        best = b;
        bestDy = dy;
      }
    }
    if (best) {
      best.lines.push(line);
      best.x0 = Math.min(best.x0, line.x0);
      best.x1 = Math.max(best.x1, line.x1);
    } else {
      const b: Block = {
        lines: [line],
        x0: line.x0,
        x1: line.x1,
        size: line.size,
        font: line.font,
        role: 'body',
        owner: -1,
      };
      blocks.push(b);
      open.push(b);
    }
    // Blocks far above the current line can take no more lines.
    for (let i = open.length - 1; i >= 0; i--) {
      const last = open[i]!.lines[open[i]!.lines.length - 1]!;
      if (last.y - line.y > 3 * last.size) open.splice(i, 1);
    }
  }
  return blocks;
}

const top = (b: Block): number => b.lines[0]!.y + 0.85 * b.size;
const bottom = (b: Block): number => b.lines[b.lines.length - 1]!.y - 0.2 * b.size;
const chars = (b: Block): number => b.lines.reduce((n, l) => n + l.text.length, 0);

/** The size and font of most characters: the body text's. */
function bodyStyle(blocks: readonly Block[]): { size: number; font: string } {
  const bySize = new Map<number, number>();
  for (const b of blocks) {
    const key = Math.round(b.size * 10) / 10;
    bySize.set(key, (bySize.get(key) ?? 0) + chars(b));
  }
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const byFont = new Map<string, number>();
  for (const b of blocks)
    if (Math.abs(b.size - size) < 0.08 * size) byFont.set(b.font, (byFont.get(b.font) ?? 0) + chars(b));
  const font = [...byFont.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { size, font };
}

// --- roles and articles -------------------------------------------------------------------------------------

const TITLE_RATIO = 1.15;
const CAPTION_RATIO = 0.93;
const BYLINE_MARK = /记者|通讯员|本报|特约|撰稿|文\s*[/／]|^[■□●◆]/;
const SENTENCE_END = /[。！？!?]["”’」』）)]?$/;

function groupTitles(titles: Block[]): TitleGroup[] {
  const sorted = [...titles].sort((a, b) => top(b) - top(a));
  const groups: Block[][] = [];
  for (const t of sorted) {
    const g = groups.find((g) => {
      const last = g[g.length - 1]!;
      const gap = bottom(last) - top(t);
      return (
        gap < 1.2 * Math.max(last.size, t.size) &&
        gap > -0.5 * t.size &&
        overlap(last.x0, last.x1, t.x0, t.x1) > 0
      );
    });
    if (g) g.push(t);
    else groups.push([t]);
  }
  return groups.map((blocks) => {
    const x0 = Math.min(...blocks.map((b) => b.x0));
    const x1 = Math.max(...blocks.map((b) => b.x1));
    return {
      blocks,
      top: Math.max(...blocks.map(top)),
      bottom: Math.min(...blocks.map(bottom)),
      x0,
      x1,
      left: x0,
      right: x1,
    };
  });
}

/** Widens each title group sideways up to the middle of the gap to the nearest block beside it. */
function widen(groups: TitleGroup[], blocks: readonly Block[], pageLeft: number, pageRight: number): void {
  for (const g of groups) {
    let left = pageLeft;
    let right = pageRight;
    for (const b of blocks) {
      if (g.blocks.includes(b)) continue;
      if (overlap(bottom(b), top(b), g.bottom, g.top) <= 0) continue;
      if (b.x1 <= g.x0) left = Math.max(left, (b.x1 + g.x0) / 2);
      else if (b.x0 >= g.x1) right = Math.min(right, (b.x0 + g.x1) / 2);
    }
    g.left = left;
    g.right = right;
  }
}

/** The nearest title group above a block that spans at least half of it. */
function ownerOf(b: Block, groups: readonly TitleGroup[]): number {
  let best = -1;
  let bestDy = Infinity;
  const width = Math.max(1e-6, b.x1 - b.x0);
  groups.forEach((g, i) => {
    if (g.bottom < top(b) - 0.5 * b.size) return;
    if (overlap(g.left, g.right, b.x0, b.x1) < 0.5 * width) return;
    const dy = g.bottom - top(b);
    if (dy < bestDy) {
      best = i;
      bestDy = dy;
    }
  });
  return best;
}

/**
 * Each block belongs to an article, decided in this order:
 * - a title standing right above it (nothing between), over its column;
 * - the article of the block right above it in its column, when at most a line's gap separates them (a
 *   caption bridges the photo above it);
 * - the article of the block beside it in the column to its left, when both start at the same height (an
 *   article's balanced columns, under a headline shorter than they are wide);
 * - a title above it whose span, widened sideways to its neighbours, covers the block, when nothing lies between;
 * - else an article of its own without a title (ids below -1): nothing above it, or a wider gap in running text.
 */
function assignOwners(placed: readonly Block[], groups: readonly TitleGroup[], em: number): void {
  let orphans = -1;
  const done: Block[] = [];
  for (const b of [...placed].sort((x, y) => top(y) - top(x) || x.x0 - y.x0)) {
    if (b.role === 'headline') {
      done.push(b);
      continue;
    }
    let above: Block | null = null;
    let left: Block | null = null;
    for (const p of done) {
      if (bottom(p) < top(b) - 0.5 * em) {
        if (
          p.role !== 'headline' &&
          p.x1 <= b.x0 + em &&
          b.x0 - p.x1 < 3 * em &&
          Math.abs(top(p) - top(b)) <= 1.5 * em &&
          (!left || p.x1 > left.x1)
        )
          left = p;
        continue;
      }
      if (overlap(p.x0, p.x1, b.x0, b.x1) < 0.2 * em) continue;
      if (!above || bottom(p) < bottom(above)) above = p;
    }
    const aboveBottom = above ? bottom(above) : Infinity;
    if (above && above.role === 'headline') b.owner = above.owner;
    else if (
      above &&
      (bottom(above) - top(b) <= 1.8 * em || b.size < CAPTION_RATIO * em || above.size < CAPTION_RATIO * em)
    )
      b.owner = above.owner;
    else if (left) b.owner = left.owner;
    else {
      const title = ownerOf(b, groups);
      const clear = title >= 0 && groups[title]!.bottom <= aboveBottom + 0.5 * em;
      b.owner = clear ? title : orphans--;
    }
    done.push(b);
  }
}

/** Left edges of body blocks, clustered: the columns. */
function columnLefts(blocks: readonly Block[], em: number): number[] {
  const xs = blocks.map((b) => b.x0).sort((a, b) => a - b);
  const lefts: number[] = [];
  for (const x of xs) if (lefts.length === 0 || x - lefts[lefts.length - 1]! > 1.5 * em) lefts.push(x);
  return lefts;
}

function columnOf(x: number, lefts: readonly number[], em: number): number {
  let col = 0;
  lefts.forEach((l, i) => {
    if (x >= l - 1.5 * em) col = i;
  });
  return col;
}

interface Paragraph {
  lines: string[];
}

/**
 * Paragraphs of an article's body blocks in reading order. A paragraph starts at an indented line or after a
 * line that ends short of its column, and runs on from one column (or block) into the next.
 */
function paragraphs(blocks: readonly Block[], lefts: readonly number[], em: number): string[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  let prevFont = '';
  for (const b of blocks) {
    const left = lefts[columnOf(b.x0, lefts, em)] ?? b.x0;
    const right = Math.max(b.x1, ...blocks.filter((o) => Math.abs(o.x0 - b.x0) < em).map((o) => o.x1));
    if (b.font !== prevFont) open = null;
    prevFont = b.font;
    for (const line of b.lines) {
      if (line.x0 > left + 0.8 * line.size) open = null;
      if (!open) {
        open = { lines: [] };
        out.push(open);
      }
      open.lines.push(line.text);
      if (line.x1 < right - 1.2 * line.size) open = null;
    }
  }
  return out.map((p) => joinLines(p.lines)).filter((t) => t.length > 0);
}

/**
 * Reads one page's runs into text in reading order and layout hints. `pageHeight` (user-space units) places
 * the header band; text runs are as `TextRun` describes.
 */
export function layoutPage(input: readonly TextRun[], pageHeight: number): PageLayout {
  const { runs, doubled } = readOnce(input);
  const lines = toLines(runs);
  const blocks = toBlocks(lines);
  if (blocks.length === 0) return { text: '', blocks: [], doubledRuns: doubled, columns: 0 };
  const body = bodyStyle(blocks);
  const em = body.size;

  const titles = blocks.filter((b) => b.size >= TITLE_RATIO * em);
  for (const t of titles) t.role = 'headline';
  const groups = groupTitles(titles);
  const pageLeft = Math.min(...blocks.map((b) => b.x0));
  const pageRight = Math.max(...blocks.map((b) => b.x1));

  // The page's own header and footer: single lines above every title and body paragraph, or below them all.
  const rest = blocks.filter((b) => b.role !== 'headline');
  const tall = rest.filter((b) => b.lines.length > 1);
  const highest = Math.max(...groups.map((g) => g.top), ...tall.map(top), -Infinity);
  const lowest = Math.min(...groups.map((g) => g.bottom), ...tall.map(bottom), Infinity);
  for (const b of rest) {
    if (b.lines.length !== 1) continue;
    const nearTop = top(b) > pageHeight * 0.85 && bottom(b) >= highest - 0.1 * em;
    const nearBottom = bottom(b) < pageHeight * 0.1 && top(b) <= lowest + 0.1 * em;
    if (nearTop || nearBottom) b.role = 'header';
  }

  const placed = blocks.filter((b) => b.role !== 'header');
  widen(groups, placed, pageLeft, pageRight);
  groups.forEach((g, i) => g.blocks.forEach((t) => (t.owner = i)));
  assignOwners(placed, groups, em);

  // Kicker: a title block of a group set smaller than its headline (引题 above it, 副题 below).
  groups.forEach((g, i) => {
    const main = [...g.blocks].sort(
      (a, b) => b.size - a.size || Number(b.lines[0]!.bold) - Number(a.lines[0]!.bold),
    )[0]!;
    for (const t of g.blocks) {
      t.owner = i;
      if (t !== main && t.size < main.size - 0.05 * em) t.role = 'kicker';
    }
  });

  // Bylines and captions among the other blocks.
  for (const b of placed) {
    if (b.role !== 'body') continue;
    const text = b.lines.map((l) => l.spaced).join(' ');
    const short = b.lines.length <= 2 && text.length <= 40 && !SENTENCE_END.test(text);
    const g = b.owner >= 0 ? groups[b.owner] : undefined;
    const underTitle = g !== undefined && g.bottom - top(b) < 3.5 * em;
    if (short && (BYLINE_MARK.test(text) || (underTitle && b.font !== body.font))) b.role = 'byline';
    else if (b.size < CAPTION_RATIO * em && b.lines.length <= 4) b.role = 'caption';
  }

  // Articles: one per title group (ordered by the headline's place), blocks without a title first.
  const order = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => (Math.abs(a.g.top - b.g.top) > em ? b.g.top - a.g.top : a.g.x0 - b.g.x0))
    .map((o) => o.i);
  // Columns from body blocks of several lines: a one-line block may be an indented paragraph start.
  const bodies = placed.filter((b) => b.role === 'body');
  const tallBodies = bodies.filter((b) => b.lines.length > 1);
  const lefts = columnLefts(tallBodies.length > 0 ? tallBodies : bodies, em);
  const out: string[] = [];
  const hints: LayoutBlock[] = [];
  const emit = (role: BlockRole, texts: readonly string[], article: number | null): void => {
    const kept = texts.filter((t) => t.length > 0);
    if (kept.length === 0) return;
    hints.push({ role, line: out.length, lines: kept.length, article });
    out.push(...kept);
  };
  for (const b of blocks.filter((b) => b.role === 'header').sort((a, b) => top(b) - top(a) || a.x0 - b.x0))
    emit('header', [b.lines.map((l) => l.spaced).join(' ')], null);
  if (out.length > 0) out.push('');

  const byOwner = (owner: number) =>
    placed.filter((b) => b.owner === owner && b.role !== 'headline' && b.role !== 'kicker');
  const readingOrder = (list: Block[]) =>
    [...list].sort((a, b) => {
      const ca = columnOf(a.x0, lefts, em);
      const cb = columnOf(b.x0, lefts, em);
      return ca !== cb ? ca - cb : top(b) - top(a);
    });
  let article = 0;
  const emitArticle = (group: TitleGroup | null, own: Block[]): void => {
    if (group === null && own.length === 0) return;
    const n = article++;
    if (group) {
      // Kickers (引题 above, 副题 below) first, then the headline's lines as one line.
      const sorted = [...group.blocks].sort((a, b) => top(b) - top(a));
      for (const t of sorted.filter((t) => t.role === 'kicker'))
        emit('kicker', [joinLines(t.lines.map((l) => l.spaced))], n);
      const heads = sorted.filter((t) => t.role === 'headline');
      emit('headline', [joinLines(heads.flatMap((t) => t.lines.map((l) => l.spaced)))], n);
    }
    const sorted = readingOrder(own);
    for (const b of sorted.filter((b) => b.role === 'byline'))
      emit('byline', [b.lines.map((l) => l.spaced).join(' ')], n);
    emit(
      'body',
      paragraphs(
        sorted.filter((b) => b.role === 'body'),
        lefts,
        em,
      ),
      n,
    );
    for (const b of sorted.filter((b) => b.role === 'caption'))
      emit(
        'caption',
        b.lines.map((l) => l.spaced),
        n,
      );
    out.push('');
  };
  const orphanIds = [...new Set(placed.filter((b) => b.owner < 0).map((b) => b.owner))].sort((a, b) => b - a);
  for (const id of orphanIds) emitArticle(null, byOwner(id));
  for (const i of order) emitArticle(groups[i]!, byOwner(i));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: out.join('\n'), blocks: hints, doubledRuns: doubled, columns: lefts.length };
}

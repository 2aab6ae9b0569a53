/**
 * Segmentation of a page whose layout is known: a PDF read with its positions says which lines are an
 * article's headline, kicker, byline, body and caption (`LayoutHints`). The items are built from those
 * blocks — no guessing which title goes with which body — and completed (parks, companies, kind) by the same
 * matching as text pages. Datelines, provenance lines and bylines inside the body are read as on text pages.
 */
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
import { collapseSpacing, joinLines, normalizeTitleSpacing } from './repair-text.js';
import type { BodyItem, TitleGroup } from './segment-page.js';

/** What a block of lines of a page is. */
export type LayoutRole = 'header' | 'kicker' | 'headline' | 'byline' | 'body' | 'caption';

/** Lines `line .. line + lines - 1` of the page text (split on `\n`) are a block of `role` of article `article`. */
export interface LayoutHintBlock {
  readonly role: LayoutRole;
  readonly line: number;
  readonly lines: number;
  /** Articles are numbered in reading order; null for the page's own header or footer. */
  readonly article: number | null;
}

/** The layout of one page of an issue, as a PDF reading gives it. */
export interface LayoutHints {
  /** The page's number in the issue (`Page.number`). */
  readonly page: number;
  readonly blocks: readonly LayoutHintBlock[];
}

interface Parts {
  kicker: string[];
  headline: string[];
  byline: string[];
  body: string[];
  caption: string[];
  first: number;
}

function bylineNames(text: string): string[] {
  return markedByline(text) ?? namesAlone(text) ?? [];
}

/** One article's body lines read as the text segmentation reads paragraphs: dateline, provenance, bylines. */
function toBody(parts: Parts): BodyItem | null {
  const paragraphs: string[] = [];
  let byline = parts.byline.flatMap(bylineNames);
  let reporters: string[] = [];
  let dateline = false;
  parts.body.forEach((raw, i) => {
    if (isSourceLine(raw)) return;
    const marked = markedByline(raw);
    if (marked) {
      if (byline.length === 0) byline = marked;
      return;
    }
    let line = raw;
    if (paragraphs.length === 0) {
      const len = datelineLength(line);
      if (len > 0) {
        dateline = true;
        reporters = datelineByline(line);
        line = line.slice(len);
      }
    }
    if (i === parts.body.length - 1) {
      const tail = tailByline(line);
      if (tail) {
        if (byline.length === 0) byline = tail.names;
        line = tail.body;
      }
    }
    const text = collapseSpacing(line);
    if (text.length > 0) paragraphs.push(text);
  });
  if (paragraphs.length === 0) return null;
  const credits = parts.caption.map(parseCredit);
  const captionText = joinLines(parts.caption.filter((_, i) => credits[i] === null));
  const credit = credits.find((c) => c !== null) ?? null;
  const photo: Photo | null =
    captionText.length > 0 || credit !== null ? { caption: captionText || null, credit } : null;
  const last = paragraphs[paragraphs.length - 1] ?? '';
  return {
    paragraphs,
    byline,
    photo,
    dateline,
    firstLine: parts.first,
    endsSentence: endsSentence(last),
    hasCaptionSentence: paragraphs.some((p) => p.includes('图为')),
    reporters,
  };
}

/**
 * Segments one page by its layout: each article of the hints becomes an item with the headline, kicker,
 * byline and photo printed with it. Lines no hint covers are left out (they are neither body nor title).
 */
export function segmentLayout(pageText: string, hints: LayoutHints): SegmentedItem[] {
  const lines = pageText.split('\n');
  const articles = new Map<number, Parts>();
  for (const block of hints.blocks) {
    if (block.article === null || block.role === 'header') continue;
    let parts = articles.get(block.article);
    if (!parts) {
      parts = { kicker: [], headline: [], byline: [], body: [], caption: [], first: block.line };
      articles.set(block.article, parts);
    }
    const text = lines
      .slice(block.line, block.line + block.lines)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    parts.first = Math.min(parts.first, block.line);
    parts[block.role].push(...text);
  }
  const items: BodyItem[] = [];
  const titles: TitleGroup[] = [];
  for (const [, parts] of [...articles.entries()].sort((a, b) => a[0] - b[0])) {
    const body = toBody(parts);
    if (!body) continue;
    items.push(body);
    const headline = normalizeTitleSpacing(parts.headline.join(''));
    if (headline.length > 0) {
      const kicker = parts.kicker.map(normalizeTitleSpacing).join(' ');
      titles.push({
        headline,
        kicker: kicker.length > 0 ? kicker : null,
        byline: [],
        nextItem: items.length - 1,
        nextIsDateline: body.dateline,
        firstLine: parts.first,
        placed: true,
      });
    }
  }
  return matchHeadlines({ items, titles, photos: [] });
}

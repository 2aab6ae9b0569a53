/**
 * Typesets the test pages as newspaper PDFs with headless Chromium (print to PDF) and writes, beside each PDF,
 * its gold (`NAME.gold.json`, `NAME.articles.json`) and its text version (`NAME.txt`) for the scorer:
 *
 *   pnpm --filter @parkbrief/pdf-layout make-pages            # PDFs (needs chromium) + gold + text
 *   pnpm --filter @parkbrief/pdf-layout make-pages --gold     # gold + text only (no browser)
 *
 * Pages: the real texts of `../shared/real`, three a page in three columns (headlines spanning columns,
 * bylines, a photo with its caption and credit, a page header, a boxed article; fonts, sizes and headline
 * weights varied, some headlines drawn twice), and the sample page of `../shared/samples`. Chromium comes
 * from Debian (`apt-get install chromium`); the fonts used are TrueType (fonts-arphic-uming, fonts-arphic-ukai,
 * fonts-wqy-zenhei, fonts-wqy-microhei), which Chromium embeds as fonts rather than as Type 3 outlines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { segmentPage } from '@parkbrief/extractor';
import {
  goldOf,
  packageDir,
  pagesDir,
  samplesDir,
  textOf,
  type ComposedPage,
  type PageArticle,
  typesetPages,
} from './compose-pages.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Style {
  readonly body: string;
  readonly bodySize: number;
  readonly head: string;
  readonly bylineFont: string;
}

const STYLES: Style[] = [
  { body: 'AR PL UMing CN', bodySize: 10, head: 'WenQuanYi Zen Hei', bylineFont: 'AR PL UKai CN' },
  { body: 'WenQuanYi Micro Hei', bodySize: 9.5, head: 'AR PL UKai CN', bylineFont: 'AR PL UMing CN' },
  { body: 'AR PL UMing CN', bodySize: 10.5, head: 'WenQuanYi Micro Hei', bylineFont: 'AR PL UKai CN' },
];

const CSS = (s: Style, height = 420): string => `
@page { size: 297mm ${height}mm; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '${s.body}'; font-size: ${s.bodySize}pt; line-height: 1.55; color: #111; }
.header { display: flex; justify-content: space-between; font-family: '${s.head}'; font-size: ${s.bodySize - 1}pt;
  border-bottom: 2pt solid #333; padding-bottom: 3pt; margin-bottom: 12pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 14pt; row-gap: 22pt; align-items: start; }
.article { break-inside: avoid; }
.box { border: 1pt solid #555; background: #f1f1ec; padding: 6pt; }
.kicker { font-family: '${s.bylineFont}'; font-size: ${s.bodySize + 3}pt; margin: 0 0 3pt; }
h1 { font-family: '${s.head}'; margin: 0 0 6pt; line-height: 1.25; font-weight: normal; }
h1.bold { font-weight: bold; }
h1.twice { position: relative; }
h1.twice span.copy { position: absolute; left: 0.35pt; top: 0.3pt; }
.byline { font-family: '${s.bylineFont}'; margin: 0 0 8pt; }
.byline.mark { font-family: '${s.body}'; }
.cols { column-gap: 14pt; text-align: justify; }
.cols p { margin: 0; text-indent: 2em; }
figure { margin: 4pt 0 6pt; break-inside: avoid; }
.photo { height: 90pt; background: repeating-linear-gradient(45deg, #bbb, #bbb 6pt, #ccc 6pt, #ccc 12pt); }
figcaption { font-family: '${s.bylineFont}'; font-size: ${s.bodySize - 1.5}pt; line-height: 1.4; margin-top: 3pt; }
`;

function headlineHtml(a: PageArticle, k: number, size: number): string {
  const cls = k % 3 === 0 ? 'bold' : k % 3 === 1 ? 'twice' : '';
  const text = esc(a.headline);
  const inner = cls === 'twice' ? `<span>${text}</span><span class="copy">${text}</span>` : text;
  return `<h1 class="${cls}" style="font-size:${size}pt">${inner}</h1>`;
}

function articleHtml(a: PageArticle, k: number, columns: number, area: string, boxed: boolean): string {
  const byline =
    a.bylineStyle === 'role'
      ? `<div class="byline">本报记者 ${esc(a.byline.join(' '))}</div>`
      : `<div class="byline mark">■ ${esc(a.byline.join(' '))}</div>`;
  const paras = a.paragraphs.map((p) => `<p>${esc(p)}</p>`);
  if (a.photo)
    paras.splice(
      Math.min(1, paras.length),
      0,
      `<figure><div class="photo"></div><figcaption>${esc(a.photo.caption)}<br>摄影：${esc(a.photo.credit)}</figcaption></figure>`,
    );
  const size = columns >= 2 ? 20 + (k % 3) * 2 : 15 + (k % 2) * 2;
  return `<div class="article${boxed ? ' box' : ''}" style="grid-area:${area}">
${a.kicker ? `<div class="kicker">${esc(a.kicker)}</div>` : ''}${headlineHtml(a, k, size)}
${byline}
<div class="cols" style="column-count:${columns}">${paras.join('\n')}</div></div>`;
}

// Three layouts of three articles in three columns (grid-area: row-start / col-start / row-end / col-end).
const LAYOUTS: Array<Array<{ area: string; columns: number; boxed: boolean }>> = [
  [
    { area: '1 / 1 / 2 / 4', columns: 3, boxed: false },
    { area: '2 / 1 / 3 / 3', columns: 2, boxed: false },
    { area: '2 / 3 / 3 / 4', columns: 1, boxed: true },
  ],
  [
    { area: '1 / 1 / 3 / 2', columns: 1, boxed: false },
    { area: '1 / 2 / 2 / 4', columns: 2, boxed: false },
    { area: '2 / 2 / 3 / 4', columns: 2, boxed: true },
  ],
  [
    { area: '1 / 1 / 2 / 3', columns: 2, boxed: false },
    { area: '1 / 3 / 3 / 4', columns: 1, boxed: false },
    { area: '2 / 1 / 3 / 3', columns: 2, boxed: true },
  ],
];

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function headerHtml(date: string, page: number, publication: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAYS[d.getUTCDay()]}`;
  return `<div class="header"><span>${publication}</span><span>${day}</span><span>A${page} 园区经济</span><span>责任编辑：周文</span></div>`;
}

function pageHtml(page: ComposedPage, index: number, height: number): string {
  const style = STYLES[index % STYLES.length]!;
  const layout = LAYOUTS[page.layout]!;
  const articles = page.articles.map((a, j) => {
    const slot = layout[j]!;
    return articleHtml(a, index * 3 + j, slot.columns, slot.area, slot.boxed);
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>科技园区周报 A${index + 1}版 园区经济</title><style>${CSS(style, height)}</style></head><body>
${headerHtml(page.date, index + 1, '科技园区周报')}
<div class="grid">${articles.join('\n')}</div></body></html>`;
}

/**
 * A page of text read into items by the extractor's own text segmentation (the sample page, the demo page),
 * typeset in three columns: long items across all three, the others a column each.
 */
function itemsPage(file: string, publication: string, date: string, page: number, height: number): string {
  const text = readFileSync(file, 'utf8');
  const items = segmentPage(text);
  const style = STYLES[0]!;
  const blocks = items.map((item, k) => {
    const paras = item.text.split('\n').map((p) => `<p>${esc(p)}</p>`);
    if (item.photo)
      paras.push(
        `<figure><div class="photo"></div><figcaption>${esc(item.photo.caption ?? '')}${item.photo.caption ? '<br>' : ''}摄影：${esc(item.photo.credit ?? '')}</figcaption></figure>`,
      );
    const wide = item.text.length > 1500;
    const head = item.headline
      ? `${item.kicker ? `<div class="kicker">${esc(item.kicker)}</div>` : ''}<h1 class="${k % 2 ? 'twice' : 'bold'}" style="font-size:${wide ? 22 : 16}pt">${
          k % 2
            ? `<span>${esc(item.headline)}</span><span class="copy">${esc(item.headline)}</span>`
            : esc(item.headline)
        }</h1>`
      : '';
    const byline =
      item.byline.length > 0 ? `<div class="byline">本报记者 ${esc(item.byline.join(' '))}</div>` : '';
    return `<div class="article" style="grid-column: ${wide ? '1 / 4' : 'auto'}">${head}${byline}<div class="cols" style="column-count:${wide ? 3 : 1}">${paras.join('\n')}</div></div>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${publication} 第${page}版</title>
<style>${CSS(style, height)}</style></head><body>
${headerHtml(date, page, publication)}<div class="grid">${blocks.join('\n')}</div></body></html>`;
}

function printPdf(html: string, out: string): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'parkbrief-pages-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    execFileSync(
      process.env.CHROMIUM ?? 'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-pdf-header-footer',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        `--print-to-pdf=${out}`,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageCount(pdf: string): number {
  const bytes = readFileSync(pdf).toString('latin1');
  return (bytes.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Writes each page's gold and text version next to where its PDF is. */
export function writeGold(pages: readonly ComposedPage[]): void {
  for (const page of pages) {
    const { gold, articles } = goldOf(page);
    writeFileSync(path.join(pagesDir, `${page.name}.gold.json`), JSON.stringify(gold, null, 1) + '\n');
    writeFileSync(
      path.join(pagesDir, `${page.name}.articles.json`),
      JSON.stringify(articles, null, 1) + '\n',
    );
    writeFileSync(path.join(pagesDir, `${page.name}.txt`), textOf(page) + '\n');
  }
  for (const ext of ['gold.json', 'articles.json']) {
    writeFileSync(
      path.join(pagesDir, `sample-2023-09-11.${ext}`),
      readFileSync(path.join(samplesDir, `page-2023-09-11.${ext}`)),
    );
  }
  writeFileSync(
    path.join(pagesDir, 'sample-2023-09-11.txt'),
    readFileSync(path.join(samplesDir, 'page-2023-09-11.txt')),
  );
}

function main(): void {
  const pages = typesetPages();
  const goldOnly = process.argv.includes('--gold');
  if (!goldOnly) {
    const manifest = pages.map((p) => ({ name: p.name, date: p.date, layout: p.layout, sources: p.sources }));
    writeFileSync(path.join(pagesDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
    pages.forEach((page, i) => {
      const out = path.join(pagesDir, `${page.name}.pdf`);
      // As short a page as holds the three articles (a shorter page, a smaller file).
      for (const height of [300, 360, 420]) {
        printPdf(pageHtml(page, i, height), out);
        if (pageCount(out) === 1) break;
      }
      const n = pageCount(out);
      if (n !== 1) throw new Error(`${page.name}: typeset on ${n} pages, not one`);
      process.stderr.write(`${page.name}.pdf\n`);
    });
    // The sample page, and the demo page of the repository (demo/demo-issue.txt, written for it) for `pnpm demo`.
    const demoDir = path.resolve(packageDir, '../../demo');
    const items: Array<[string, string, string, string, number]> = [
      [
        path.join(samplesDir, 'page-2023-09-11.txt'),
        path.join(pagesDir, 'sample-2023-09-11.pdf'),
        '中国高新技术产业导报',
        '2023-09-11',
        7,
      ],
      [
        path.join(demoDir, 'demo-issue.txt'),
        path.join(demoDir, 'demo-issue.pdf'),
        '科技园区周刊',
        '2024-07-22',
        3,
      ],
    ];
    for (const [text, out, publication, date, number] of items) {
      for (const height of [500, 800, 1100]) {
        printPdf(itemsPage(text, publication, date, number, height), out);
        if (pageCount(out) === 1) break;
      }
      if (pageCount(out) !== 1) throw new Error(`${out}: typeset on ${pageCount(out)} pages, not one`);
      process.stderr.write(`${path.relative(packageDir, out)}\n`);
    }
  }
  writeGold(pages);
}

main();

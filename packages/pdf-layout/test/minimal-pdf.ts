/** Hand-built PDFs for tests: a few lines of Helvetica text on one or more pages, optionally page-labelled. */

/** One text run to draw: string (ASCII), position (points, y up) and size. */
export interface MinimalRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** Options of `minimalPdf`. */
export interface MinimalPdfOptions {
  /** `/PageLabels` number tree entries: page index → prefix and first number (`A`, 7 → A7). */
  readonly labels?: ReadonlyArray<{ readonly page: number; readonly prefix: string; readonly start: number }>;
  readonly title?: string;
}

/** A valid PDF (correct xref offsets) whose pages draw the given runs. */
export function minimalPdf(
  pages: ReadonlyArray<readonly MinimalRun[]>,
  options: MinimalPdfOptions = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // font, then a content and a page object per page, then info and catalog: the page tree comes next.
  const pagesId = objects.length + pages.length * 2 + 3;
  const kids: number[] = [];
  for (const runs of pages) {
    const ops = runs
      .map((r) => `BT /F1 ${r.size} Tf ${r.x} ${r.y} Td (${r.text.replace(/[()\\]/g, '\\$&')}) Tj ET`)
      .join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  const info = add(`<< /Title (${options.title ?? 'test'}) >>`);
  const labels = options.labels
    ? ` /PageLabels << /Nums [${options.labels.map((l) => `${l.page} << /S /D /P (${l.prefix}) /St ${l.start} >>`).join(' ')}] >>`
    : '';
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R${labels} >>`);
  const pagesObj = add(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  if (pagesObj !== pagesId) throw new Error(`pages object numbered ${pagesObj}, expected ${pagesId}`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

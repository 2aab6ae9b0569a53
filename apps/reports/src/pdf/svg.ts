/**
 * A small SVG reader for logos: enough of the format (svg, g, path, rect, circle, ellipse, line, polygon,
 * polyline with presentation attributes) to redraw a logo with react-pdf's SVG primitives, which need
 * elements, not markup. Text, gradients, CSS and external references are not supported and are skipped.
 */

/** An SVG element: tag, attributes as written, children. */
export interface SvgElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly SvgElement[];
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses SVG markup into elements; undefined when there is no <svg> root. */
export function parseSvg(markup: string): SvgElement | undefined {
  const text = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  type Mutable = { tag: string; attributes: Record<string, string>; children: Mutable[] };
  const root: Mutable = { tag: '#root', attributes: {}, children: [] };
  const stack: Mutable[] = [root];
  for (const m of text.matchAll(TAG)) {
    const [, closing, tag = '', attrText = '', selfClosing] = m;
    if (closing) {
      if (stack.length > 1 && stack.at(-1)!.tag === tag) stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrText.matchAll(ATTR)) attributes[a[1]!] = a[2] ?? a[3] ?? '';
    const el: Mutable = { tag, attributes, children: [] };
    stack.at(-1)!.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  const svg = root.children.find((c) => c.tag === 'svg');
  return svg;
}

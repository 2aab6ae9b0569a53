import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../src/index.js';

// The sample is a test input kept outside the repository: <repo>/../shared/samples, or PARKBRIEF_SAMPLES.
const samples =
  process.env.PARKBRIEF_SAMPLES ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');
const pagePath = join(samples, 'page-2023-09-11.txt');

interface HandItem {
  headline: string | null;
  kicker: string | null;
  byline: string[];
  parks: string[];
  kind: string;
  starts: string;
  photo?: { caption: string | null; credit: string | null };
}

describe('segmentPage on the sample page against its hand reading', () => {
  it('has the sample to read', () => {
    expect(existsSync(pagePath), `sample missing at ${pagePath}; set PARKBRIEF_SAMPLES`).toBe(true);
  });

  const hand = JSON.parse(readFileSync(join(samples, 'page-2023-09-11.articles.json'), 'utf8')) as {
    articles: HandItem[];
  };
  const items = segmentPage(readFileSync(pagePath, 'utf8'));
  const compact = (s: string): string => s.replace(/\s/g, '');

  it('finds every item, and nothing else, in reading order', () => {
    expect(items).toHaveLength(hand.articles.length);
    hand.articles.forEach((want, i) =>
      expect(compact(items[i]!.text).startsWith(compact(want.starts))).toBe(true),
    );
  });

  for (const want of hand.articles) {
    it(`reads the item starting ${want.starts.slice(0, 10)}`, () => {
      const got = items.find((i) => compact(i.text).startsWith(compact(want.starts)));
      expect(got, 'item found').toBeDefined();
      if (!got) return;
      expect(got.headline).toBe(want.headline);
      expect(got.kicker).toBe(want.kicker);
      expect(got.byline).toEqual(want.byline);
      expect(got.kind).toBe(want.kind);
      const names = got.parks.map((p) => p.shortName);
      expect(names).toEqual(want.parks);
      expect(got.parkIds).toEqual(got.parks.map((p) => p.id));
      if (want.photo) expect(got.photo).toEqual(want.photo);
      else expect(got.photo).toBeNull();
    });
  }

  it('keeps full-width punctuation and collapses the justified spacing of the body', () => {
    const zibo = items.find((i) => i.headline?.startsWith('淄博'));
    expect(zibo?.text).toContain('投资额同比增长25.6%，占全部投资比重的34.5%');
    const xuzhou = items.find((i) => i.headline?.startsWith('徐州'));
    expect(xuzhou?.text).toContain('8月8日，OCTOPUS 半导体单片清洗设备平台');
    expect(xuzhou?.text).not.toContain('胡明慧');
  });
});

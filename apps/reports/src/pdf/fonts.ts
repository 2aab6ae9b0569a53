import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { createHyphenationCallback } from './linebreak.js';

/** The font family every briefing is set in. */
export const FONT_FAMILY = 'Noto Sans SC';

let registered = false;

/** The static TrueType files of Noto Sans SC, from the npm package (nothing fetched at run time). */
export function notoSansScFiles(): { regular: string; bold: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return {
    regular: join(dir, '400Regular', 'NotoSansSC_400Regular.ttf'),
    bold: join(dir, '700Bold', 'NotoSansSC_700Bold.ttf'),
  };
}

/**
 * Registers Noto Sans SC (regular and bold) and the Chinese line-breaking callback, once per process
 * (per worker thread): react-pdf keeps parsed fonts in its font store, so later renders reuse them.
 * Static TTF on purpose: WOFF or sliced web fonts make CJK layout far slower.
 */
export function registerFonts(): void {
  if (registered) return;
  const { regular, bold } = notoSansScFiles();
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: bold, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(createHyphenationCallback());
  registered = true;
}

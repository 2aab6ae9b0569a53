import { Font } from '@react-pdf/renderer';
import { FONT_FAMILY, notoSansScFiles } from './fonts.js';
import { createHyphenationCallback } from './linebreak.js';

let registered = false;

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

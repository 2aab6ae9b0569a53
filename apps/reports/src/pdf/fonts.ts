import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The font family every briefing is set in. */
export const FONT_FAMILY = 'Noto Sans SC';

/** The static TrueType files of Noto Sans SC, from the npm package (nothing fetched at run time). */
export function notoSansScFiles(): { regular: string; bold: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return {
    regular: join(dir, '400Regular', 'NotoSansSC_400Regular.ttf'),
    bold: join(dir, '700Bold', 'NotoSansSC_700Bold.ttf'),
  };
}

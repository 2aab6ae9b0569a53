import { pinyin } from 'pinyin-pro';

// Generic endings of park names; the slug puts a dash before them (xuzhou-gaoxinqu).
const FORM_SUFFIXES = [
  '高新技术产业开发区',
  '经济技术开发区',
  '工业园区',
  '农高区',
  '高新区',
  '开发区',
  '经开区',
  '示范区',
  '科学城',
  '新城',
  '新区',
  '园区',
  '科技园',
  '科技城',
];

/**
 * A stable, URL- and job-id-safe slug for a park name: its pinyin without tones, a dash before the generic
 * ending (徐州高新区 → xuzhou-gaoxinqu, 衢州智造新城 → quzhouzhizao-xincheng).
 */
export function slugifyParkName(name: string): string {
  const suffix = FORM_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  const parts = suffix ? [name.slice(0, -suffix.length), suffix] : [name];
  const slug = parts
    .map((p) =>
      pinyin(p, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return slug || 'park';
}

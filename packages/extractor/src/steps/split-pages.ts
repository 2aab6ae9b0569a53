/** The pages of an issue, with a form feed in a page's text read as a page break (as CLI input prints them). */
import type { Issue } from '@parkbrief/domain';

/** One page to read: its number and raw text. */
export interface PageText {
  readonly number: number;
  readonly text: string;
}

/**
 * Splits an issue into pages. Pages keep their numbers; a page whose text holds form feeds becomes several,
 * numbered on from it (and after the highest number so far, so numbers never repeat).
 */
export function splitPages(issue: Pick<Issue, 'pages'>): PageText[] {
  const out: PageText[] = [];
  let highest = 0;
  for (const page of issue.pages) {
    const parts = page.text.split('\f');
    let number = Math.max(page.number, highest + 1);
    for (const text of parts) {
      out.push({ number, text });
      highest = Math.max(highest, number);
      number = highest + 1;
    }
  }
  // Trailing form feeds leave empty pages; keep at least one page.
  const filled = out.filter((p, i) => p.text.trim().length > 0 || i === 0);
  return filled.length > 0 ? filled : [{ number: 1, text: '' }];
}

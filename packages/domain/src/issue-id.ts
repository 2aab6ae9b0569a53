import type { Issue } from './schemas/issue.js';

/**
 * FNV-1a, 64 bit, over the UTF-8 bytes of a string: a pure, dependency-free content hash. Not cryptographic:
 * it only has to tell issues apart, so the same issue enqueued twice gets the same id.
 */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The id of an issue, derived from its content (date, publication, edition, page texts): `2023-09-11-<hash>`.
 * Safe as a BullMQ job id (no ":", not an integer) and in URLs.
 */
export function deriveIssueId(
  issue: Pick<Issue, 'date' | 'publication' | 'pages'> & {
    edition?: string | undefined;
    park?: string | undefined;
  },
): string {
  const content = [
    issue.date,
    issue.publication,
    issue.edition ?? '',
    // A PDF page counts by its file's sha256 when given (hashing megabytes of base64 here would be slow).
    ...issue.pages.map(
      (p) =>
        `${p.number}\u0000${p.text}` + (p.pdf ? `\u0000pdf\u0000${p.pdf.sha256 ?? fnv1a64(p.pdf.data)}` : ''),
    ),
    // the park named for a text that names it only generically reads the issue differently; ids of issues
    // without one stay what they were
    ...(issue.park ? [`park\u0000${issue.park}`] : []),
  ].join('\u0001');
  return `${issue.date}-${fnv1a64(content)}`;
}

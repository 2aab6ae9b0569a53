/**
 * Where artifacts live, relative to the data directory (PARKBRIEF_DATA_DIR). The worker writes them and the
 * reports server reads them, so the layout is defined once, here.
 *
 *   issues/<issueId>/extraction.json      the IssueExtraction
 *   issues/<issueId>/briefings/<parkId>.pdf   one park's briefing
 *   issues/<issueId>/briefings/<parkId>.json  its Briefing record
 */
export const storageKeys = {
  issueDir: (issueId: string) => `issues/${issueId}`,
  extraction: (issueId: string) => `issues/${issueId}/extraction.json`,
  briefingDir: (issueId: string) => `issues/${issueId}/briefings`,
  briefingPdf: (issueId: string, parkId: string) => `issues/${issueId}/briefings/${parkId}.pdf`,
  briefingRecord: (issueId: string, parkId: string) => `issues/${issueId}/briefings/${parkId}.json`,
} as const;

/** The download path of a briefing on the reports server. */
export function briefingUrlPath(issueId: string, parkId: string): string {
  return `/briefings/${encodeURIComponent(issueId)}/${encodeURIComponent(parkId)}.pdf`;
}

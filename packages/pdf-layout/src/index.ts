/**
 * @parkbrief/pdf-layout — reads a newspaper page's PDF into text in reading order (columns followed, fake bold
 * read once, justified spacing out, Chinese lines joined with nothing) with layout hints: which lines are a
 * headline, kicker, byline, body or caption, and of which article.
 */
export {
  collapseSpaces,
  joinLines,
  layoutPage,
  type BlockRole,
  type LayoutBlock,
  type PageLayout,
  type TextRun,
} from './layout.js';
export {
  PdfReadError,
  readEdition,
  readPdf,
  readTextRuns,
  type PdfDocument,
  type PdfPage,
  type PdfReadErrorKind,
  type ReadPdfOptions,
  type ReadPdfResult,
} from './read-pdf.js';

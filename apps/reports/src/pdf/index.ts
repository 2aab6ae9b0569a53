/**
 * Per-park PDF briefings: the model (what a briefing shows), the react-pdf document, Chinese line breaking,
 * the brand, rendering in this process and in a pool of recycled worker threads.
 */
export {
  renderBriefing,
  countPdfPages,
  type RenderBriefingOptions,
  type RenderedBriefing,
} from './render.js';
export {
  createRenderPool,
  DEFAULT_RENDER_RESOURCE_LIMITS,
  RenderPoolClosedError,
  RenderThreadCrashedError,
  RenderTimeoutError,
  type RenderPool,
  type RenderPoolCloseOptions,
  type RenderPoolOptions,
  type RenderPoolStats,
} from './pool.js';
export {
  buildBriefingModel,
  briefingTitle,
  pageLabel,
  BRIEFING_CAPS,
  UnknownParkError,
  type BriefingModelOptions,
  type FigureComparison,
  type ArticleView,
  type BriefingModel,
  type ChartBar,
  type FigureRow,
  type FigureSource,
  type SubjectFigureGroup,
} from './model.js';
export {
  loadBrand,
  defaultBrand,
  brandFromConfig,
  BrandConfigError,
  BrandConfigSchema,
  BrandColorsSchema,
  DEFAULT_BRAND_PATH,
  type Brand,
  type BrandColors,
  type BrandConfig,
  type BrandLogo,
} from './brand.js';
export {
  lineBreakOpportunities,
  splitAtBreaks,
  createHyphenationCallback,
  NO_LINE_START,
  NO_LINE_END,
} from './linebreak.js';
export {
  formatQuantity,
  formatChange,
  changeDirection,
  changeBasisLabel,
  formatShare,
  formatPeriod,
  namesItsYear,
  periodRange,
  formatChineseDate,
  formatGeneratedAt,
  briefingFileName,
  type ChangeDirection,
} from './format.js';
export { FONT_FAMILY, notoSansScFiles } from './fonts.js';
export {
  buildHistoryView,
  HistorySection,
  type HistoryView,
  type HistoryGroupView,
  type HistoryRowView,
} from './history-section.js';

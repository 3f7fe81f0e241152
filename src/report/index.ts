export { formatAnalysis, formatStory, styleFor, type Style } from './to-terminal.js';
export { formatPair, sideWidthFor, type PairLayout } from './format-pair.js';
export { renderHtmlReport, reportPolicy } from './to-html.js';
export { escapeHtml, jsonForScript, safeHttpUrl } from './escape-html.js';
export { layoutStoryGraph, type StoryGraphLayout } from './layout-story-graph.js';
export type { HtmlReportInput } from './report-input.js';
export { formatStoryChanges } from './format-changes.js';

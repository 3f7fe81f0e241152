export { formatAnalysis, formatStory, styleFor, type Style } from './to-terminal.js';
export { formatPair } from './format-pair.js';

export { watchFolder, type FolderWatch, type WatchBatch, type WatchOptions } from './watch-folder.js';
export { WebhookQueue, type WebhookOptions } from './webhook-queue.js';
export { newVersionEvents, type EvidenceSummary, type NewVersionEvent } from './new-version-events.js';

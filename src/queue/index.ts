export { indexWithQueue, VERIFY_JOB_SIZE, type QueueIndexOptions, type QueueIndexReport } from './enqueue-run.js';
export { startWorker, type RunningWorker, type WorkerOptions } from './run-worker.js';
export { queueNamespace } from './redis-address.js';

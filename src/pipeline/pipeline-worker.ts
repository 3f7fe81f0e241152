// Entry of a pipeline worker thread (see worker-pool.ts): answers each task message with its
// result, or with the error's message so the main thread can fail the run naming it.
import { parentPort } from 'node:worker_threads';
import { newWorkerState, runPipelineTask, type PipelineTask } from './worker-tasks.js';

/** A task as the pool posts it. */
interface TaskMessage {
  id: number;
  task: PipelineTask;
}

const port = parentPort;
// Views and counted documents persist between tasks (and so do the per-sentence caches of verification).
const state = newWorkerState();
if (port) {
  port.on('message', (message: TaskMessage) => {
    try {
      port.postMessage({ id: message.id, answer: runPipelineTask(message.task, state) });
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

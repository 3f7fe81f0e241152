import cliProgress from 'cli-progress';
import type { ProgressEvent } from '../types.js';

const LABELS: Record<ProgressEvent['stage'], string> = {
  read: 'reading',
  analyze: 'analysing',
  index: 'indexing',
  verify: 'verifying pairs',
  stories: 'building stories',
};

/**
 * A progress bar on stderr that follows pipeline events; silent when stderr is not a
 * terminal or when `quiet` is set, so piped output stays clean.
 */
export function progressReporter(quiet: boolean): { onProgress: (e: ProgressEvent) => void; stop: () => void } {
  if (quiet || !process.stderr.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, fps: 10 },
    cliProgress.Presets.shades_classic,
  );
  let stage: ProgressEvent['stage'] | undefined;
  return {
    onProgress: (e) => {
      if (e.stage !== stage) {
        if (stage) bar.stop();
        stage = e.stage;
        bar.start(Math.max(e.total, e.done, 1), e.done, { stage: LABELS[e.stage].padEnd(16) });
      }
      if (e.total > 0) bar.setTotal(e.total);
      else bar.setTotal(Math.max(e.done, 1));
      bar.update(e.done, { stage: LABELS[e.stage].padEnd(16) });
    },
    stop: () => {
      if (stage) bar.stop();
    },
  };
}

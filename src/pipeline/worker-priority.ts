import { getPriority, setPriority } from 'node:os';

/**
 * How many nice steps below the main thread the pipeline's worker threads run. The main thread
 * writes every batch to the store, one after the other, while the workers analyse the next
 * batch: its writes are the first phase's critical path, and with two workers on two cores
 * all three threads competed for the cores as equals, so the writer ran at about two thirds
 * of a core. Three steps weigh a worker at about half the main thread (Linux CFS weights 1024
 * against 526): the writer gets a whole core when it has work, and the workers take the rest
 * and every moment it waits.
 */
export const WORKER_NICE_STEPS = 3;

/**
 * Lowers the calling thread's scheduling priority by `steps` nice steps. Only on Linux, where the
 * nice value belongs to each thread (elsewhere pid 0 names the whole process, which must keep
 * its priority). A refusal (a sandbox, a process already at the lowest priority) leaves it as
 * it was: priority is a speed matter, never a correctness one.
 * @returns whether the priority was changed
 */
export function lowerThreadPriority(steps: number = WORKER_NICE_STEPS, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux' || steps <= 0) return false;
  try {
    const current = getPriority(0);
    const lowered = Math.min(19, current + steps);
    if (lowered === current) return false;
    setPriority(0, lowered);
    return true;
  } catch {
    return false;
  }
}

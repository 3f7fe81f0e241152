// CPU time of each thread of this process, from Linux's /proc (Node names its threads alike, so
// they are told apart by size): the first phase's CPU split between the main thread (reading,
// the store's writes), the worker threads (the text stage) and the rest (V8's helper threads:
// parallel scavenges and concurrent marking; libuv's pool; loader threads).
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's stat fields (USER_HZ, 100 on Linux). */
const MS_PER_TICK = 10;

/**
 * CPU (user + system, ms) of each thread of this process so far, by thread id (Linux; empty
 * elsewhere). Threads that ended are absent.
 */
export function cpuMsByThread(): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

/**
 * Thread CPU (ms) as a list: the main thread first, then the others of at least `minMs`,
 * largest first (with worker threads: the workers, then V8's helper threads, libuv's pool,
 * loader threads).
 * @param byThread {@link cpuMsByThread}'s answer, or a difference of two
 * @param minMs threads under this are left out (default 10)
 */
export function threadCpuList(byThread: ReadonlyMap<string, number>, minMs = 10): number[] {
  const main = byThread.get(String(process.pid)) ?? 0;
  const others = [...byThread].filter(([tid, ms]) => tid !== String(process.pid) && ms >= minMs).map(([, ms]) => ms);
  return [main, ...others.sort((a, b) => b - a)];
}

/**
 * The CPU each thread spent between two readings of {@link cpuMsByThread}, split into the main
 * thread, the `workers` largest other threads (the worker threads, when they do most of the
 * work) and the rest.
 * @returns milliseconds of each part
 */
export function threadCpuSplit(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>, workers: number): { main: number; workers: number; other: number } {
  const spent = new Map<string, number>();
  for (const [tid, ms] of after) spent.set(tid, ms - (before.get(tid) ?? 0));
  const [main = 0, ...others] = threadCpuList(spent, 0);
  const busiest = others.slice(0, Math.max(0, workers)).reduce((sum, ms) => sum + ms, 0);
  const rest = others.slice(Math.max(0, workers)).reduce((sum, ms) => sum + ms, 0);
  return { main, workers: busiest, other: rest };
}

// Shared by the CLI tests: the storytrace command run as a user would, and a small hand-written
// story (a council vote) with an unrelated text beside it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/main.ts');

/** Runs `storytrace ARGS` from the repository root and returns its exit status and output. */
export const runCli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

/** A three-sentence local news story, written for these tests. */
export const COUNCIL_STORY =
  'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said. ' +
  'Shop owners on the street asked for a delay until the spring, but the vote was seven to two. ' +
  'Buses will use Mill Road while the street is closed, and the works will cost 2.3 million dollars.';

/** A text on nothing the story is about. */
export const STEW_RECIPE = 'A recipe for a winter stew with fennel, saffron and white fish, simmered for forty minutes in a heavy pot with onions and thyme.';

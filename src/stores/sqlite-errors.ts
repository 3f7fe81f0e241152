import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** Whether an error came from the driver or the system (it then has a `code`), not from our code. */
export function isDriverOrSystemError(error: unknown): error is Error {
  return error instanceof Database.SqliteError || (error instanceof Error && 'code' in error);
}

const ELSEWHERE = 'choose another --store sqlite:PATH, or --store memory for a one-off run';

/**
 * The driver's message, plus what to do for the failures a user can fix: a full disk, a store
 * this user may not write, and a store file that cannot be opened or created (its folder is
 * not this user's to write in, or the path is a folder). Writes are transactions, so none of
 * them loses committed work.
 * @param error the driver's or the file system's error
 * @param path the store file, when known: the hint then names what is wrong with it
 * @returns the message with a hint in parentheses, or the message alone
 */
export function describeSqliteError(error: Error, path?: string): string {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'SQLITE_FULL') return `${error.message} (the disk is full: free space and run again; documents stored before this batch are kept)`;
  if (code.startsWith('SQLITE_READONLY')) return `${error.message} (the store is read-only for this user: it needs write access to the file and its folder; nothing was changed)`;
  if (path !== undefined && (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM')) {
    return `${error.message} (${cannotOpenReason(resolve(path))}: ${ELSEWHERE})`;
  }
  return error.message;
}

/** The path's stat, or undefined when it is missing or this user may not look at it. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Why a store file cannot be opened: the path is a folder, or its nearest existing folder is not writable. */
function cannotOpenReason(path: string): string {
  if (statOf(path)?.isDirectory() === true) return `${path} is a folder, not a store file`;
  let folder = dirname(path);
  while (statOf(folder) === undefined && dirname(folder) !== folder) folder = dirname(folder);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    return `this user may not create files in ${folder}`;
  }
  return `the store file or its folder ${dirname(path)} cannot be opened by this user`;
}

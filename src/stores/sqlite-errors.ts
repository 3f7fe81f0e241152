import Database from 'better-sqlite3';

/** Whether an error came from the driver or the system (it then has a `code`), not from our code. */
export function isDriverOrSystemError(error: unknown): error is Error {
  return error instanceof Database.SqliteError || (error instanceof Error && 'code' in error);
}

/**
 * The driver's message, plus what to do for the failures a user can fix: a full disk and a
 * store this user may not write. Writes are transactions, so neither loses committed work.
 */
export function describeSqliteError(error: Error): string {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'SQLITE_FULL') return `${error.message} (the disk is full: free space and run again; documents stored before this batch are kept)`;
  if (code.startsWith('SQLITE_READONLY')) return `${error.message} (the store is read-only for this user: it needs write access to the file and its folder; nothing was changed)`;
  return error.message;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opening a store file for reading only. SQLite reads a WAL-mode file through its `-shm` index,
 * which it must create when it is missing: in a folder this user may not write, even a read-only
 * connection fails ("attempt to write a readonly database"). better-sqlite3 takes no URI, so
 * SQLite's `?immutable=1` cannot be asked for; when no `-wal` file holds writes the main file is
 * the whole store, and it is read into memory instead, as an immutable snapshot.
 */

/** Offsets of the file format's write and read versions in the header: 2 is WAL, 1 rollback. */
const WRITE_VERSION_BYTE = 18;
const READ_VERSION_BYTE = 19;

/** Largest file read into memory (Node reads at most 2 GiB into one buffer). */
const MAX_SNAPSHOT_BYTES = 2 ** 31 - 1;

/** Codes of a read-only connection that could not create or open the `-shm`/`-wal` files. */
function needsWalFiles(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_READONLY_CANTINIT' || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY';
}

/** Whether the store has a write-ahead log with content: writes the main file does not hold yet. */
function hasPendingLog(path: string): boolean {
  const log = `${path}-wal`;
  return existsSync(log) && statSync(log).size > 0;
}

/**
 * The main file as an in-memory database, read-only: the header's WAL mark is set back to
 * rollback, since an in-memory database has no WAL. Nothing is written next to the file.
 * @param path a store file with no pending `-wal` content
 * @throws an Error saying what to do when the file is over 2 GiB
 */
export function openSnapshot(path: string): Database.Database {
  if (statSync(path).size > MAX_SNAPSHOT_BYTES) {
    throw new Error(`${path} is over 2 GiB and its folder ${dirname(resolve(path))} is not writable by this user, so SQLite cannot read it in place: copy the store file to a folder you may write in and name the copy with --store`);
  }
  const bytes = readFileSync(path);
  if (bytes[WRITE_VERSION_BYTE] === 2) bytes[WRITE_VERSION_BYTE] = 1;
  if (bytes[READ_VERSION_BYTE] === 2) bytes[READ_VERSION_BYTE] = 1;
  return new Database(bytes, { readonly: true });
}

/**
 * The schema version a store file records, or 0 when it records none (not a store, or empty).
 * @param db an open connection (read-only is enough)
 */
export function recordedSchemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null } | undefined;
  return row?.version ?? 0;
}

/**
 * Opens an existing store file so that no write can happen through the connection. In place
 * when SQLite can (a writable folder, or `-shm`/`-wal` files already there): it then sees what a
 * concurrent writer commits. Otherwise as an in-memory snapshot ({@link openSnapshot}), when no
 * `-wal` holds writes; else an Error that says what to do.
 * @param path an existing store file
 * @throws the driver's error when the file cannot be read at all, or an Error naming the log
 *   that cannot be read without write access
 */
export function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    // SQLite opens the -shm and -wal files on the first read, not on open.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (!needsWalFiles(error)) throw error;
    if (hasPendingLog(path)) {
      throw new Error(
        `${path}-wal holds writes not yet in ${path}, and reading it needs write access to ${dirname(resolve(path))}: ` +
          'its owner can fold them in by running any storytrace command on the store (it does so on closing), ' +
          `or copy ${path} with its -wal file to a folder you may write in and name the copy with --store`,
        { cause: error },
      );
    }
    return openSnapshot(path);
  }
}

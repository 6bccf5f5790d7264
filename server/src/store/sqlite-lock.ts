import Database from 'better-sqlite3';
import { errorCode } from '../error-code';
import { StartupError } from '../startup/startup-error';

/** The file beside the database whose lock says which process owns the database. */
export function lockFileOf(dbFile: string): string {
  return `${dbFile}.lock`;
}

export interface DatabaseLock {
  release(): void;
}

/**
 * Takes the database's owner lock, or refuses to start: a second server on
 * the same file would restore the same exercises and write beside the
 * first (split brain). The lock is SQLite's own (POSIX advisory locks on a
 * small database beside the store, held in exclusive locking mode), so the
 * operating system releases it when the process dies, even by SIGKILL, and
 * tools that only read the store (the report command) are not held back.
 */
export function lockDatabase(dbFile: string): DatabaseLock {
  const file = lockFileOf(dbFile);
  let lock: Database.Database;
  try {
    lock = new Database(file);
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock, and exclusive mode keeps it.
    lock.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER); DELETE FROM owner;');
    lock.prepare('INSERT INTO owner (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new StartupError(
        `Another Borderline server is using ${dbFile} (its lock ${file} is held): stop it, or give this one its own DATA_DIR or DB_FILE.`,
      );
    }
    throw error;
  }
  return { release: () => lock.close() };
}

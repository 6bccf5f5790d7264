import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { errorCode } from '../error-code';
import { StartupError } from '../startup/startup-error';
import type { ExerciseStore } from './exercise-store';
import { lockDatabase, type DatabaseLock } from './sqlite-lock';
import { openSqliteStore } from './sqlite-store';

export interface ServerStore {
  store: ExerciseStore;
  lock: DatabaseLock;
}

/** What an operator reads when the store cannot be opened: the file, the cause, what to do. */
function explain(error: unknown, dbFile: string): StartupError | null {
  const code = errorCode(error) ?? '';
  const folder = path.dirname(dbFile);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new StartupError(
      `The disk holding ${dbFile} is full: free some space, then start again.`,
    );
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return damaged(dbFile, 'it is not a readable SQLite database');
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    ['EACCES', 'EPERM', 'EROFS'].includes(code)
  ) {
    return new StartupError(
      `Cannot write ${dbFile} (${code}): let this user write to ${folder}, or set DATA_DIR to a folder it may write.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StartupError(
      `Cannot read or write ${dbFile} (${code}): check the disk, then start again.`,
    );
  }
  return null;
}

function damaged(dbFile: string, why: string): StartupError {
  return new StartupError(
    `${dbFile} is damaged (${why}): restore it from a backup, or move it aside to start with an empty store.`,
  );
}

function ensureFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    const code = errorCode(error) ?? 'error';
    throw new StartupError(
      `The data folder ${folder} cannot be created or written (${code}): create it for this user, or set DATA_DIR to a folder it may write.`,
    );
  }
}

/** SQLite's own check of every page and index; "ok" or the first problems it found. */
function checkIntegrity(dbFile: string): void {
  if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) return;
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check(3)') as { integrity_check: string }[];
    const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
    if (problems.length > 0) throw damaged(dbFile, `integrity check: ${problems.join('; ')}`);
  } finally {
    db.close();
  }
}

/**
 * The server's store, opened only if it is safe: its folder writable, no
 * other server on the same file (the lock), and the file whole (SQLite's
 * integrity check). Every refusal is a StartupError of one line.
 */
export function openServerStore(dbFile: string): ServerStore {
  ensureFolder(path.dirname(dbFile));
  let lock: DatabaseLock | undefined;
  try {
    lock = lockDatabase(dbFile);
    checkIntegrity(dbFile);
    return { store: openSqliteStore(dbFile), lock };
  } catch (error) {
    lock?.release();
    if (error instanceof StartupError) throw error;
    throw explain(error, dbFile) ?? error;
  }
}

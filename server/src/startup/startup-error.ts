/**
 * A reason the server will not start, said in one line an operator can act
 * on (what is wrong, with which file or setting, and what to do); main
 * prints it alone, never a stack trace.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The SQLite or system error code an error carries (`SQLITE_BUSY`, `EACCES`), if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

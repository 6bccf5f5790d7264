/**
 * A reason the server will not start, said in one line an operator can act
 * on (what is wrong, with which file or setting, and what to do); main
 * prints it alone, never a stack trace.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

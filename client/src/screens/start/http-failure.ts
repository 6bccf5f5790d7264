import { ErrorCode } from '@borderline/shared';
import type { CommandFailure } from '../../exercise/use-command';

/**
 * Any failure of an HTTP call as `<CommandError>` shows it. The shared
 * client's HttpError carries the protocol's code (read by its shape, so the
 * start page need not import the shared client and socket.io with it);
 * fetch's own TypeError means the network; anything else (an answer this
 * page cannot read) is the server's fault.
 */
export function httpFailure(error: unknown): CommandFailure {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const known = ErrorCode.safeParse(code);
  if (known.success) return { code: known.data, message };
  if (error instanceof TypeError) return { code: 'network', message };
  return { code: 'internal', message };
}

import { HttpError, NetworkError } from '@borderline/shared/http-client';
import type { CommandFailure } from '../../exercise/use-command';

/**
 * Any failure of an HTTP call as `<CommandError>` shows it: the shared
 * client's HttpError with the protocol's code (and reason), its
 * NetworkError as the network's; anything else is a bug of this page.
 */
export function httpFailure(error: unknown): CommandFailure {
  if (error instanceof HttpError) {
    const { code, message, reason, detail } = error;
    return {
      code,
      message,
      ...(reason === undefined ? {} : { reason }),
      ...(detail === undefined ? {} : { detail }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NetworkError) return { code: 'network', message };
  return { code: 'internal', message };
}

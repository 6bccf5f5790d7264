import type { AddressInfo } from 'node:net';
import { errorCode } from '../error-code';
import { StartupError } from './startup-error';

const EVERY_INTERFACE = new Set(['::', '0.0.0.0']);

/**
 * The address the server really listens on, as a log line says it: the
 * link itself for one interface (HOST), or every interface with the link
 * that works on this machine.
 */
export function describeListening({ address, port }: AddressInfo): string {
  if (EVERY_INTERFACE.has(address)) {
    return `every interface (${address.includes(':') ? `[${address}]` : address}:${port}); on this machine http://localhost:${port}`;
  }
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/** A listening failure as one line an operator can act on, or null for one not known here. */
export function explainListenError(
  error: unknown,
  port: number,
  host: string | undefined,
): StartupError | null {
  const code = errorCode(error);
  const where = host === undefined ? `port ${port}` : `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(`${where} is already in use: stop what listens there, or set PORT.`);
    case 'EACCES':
      return new StartupError(`Not allowed to listen on ${where}: choose a PORT above 1023.`);
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `HOST ${host ?? ''} is not an address of this machine: set HOST to one of its addresses, or leave it empty for every interface.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(
        `HOST ${host ?? ''} is not a name this machine can resolve: set HOST to an address, or leave it empty.`,
      );
    default:
      return null;
  }
}

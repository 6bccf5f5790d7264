import type { IncomingHttpHeaders } from 'node:http';

/** How many processes a message has been relayed through: a relayed message is relayed once more at most. */
export const HOPS_HEADER = 'x-borderline-hops';
export const MAX_HOPS = 2;

export function hopsOf(headers: IncomingHttpHeaders): number {
  const value = Number(headers[HOPS_HEADER]);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

/**
 * The headers a relayed request carries to the owner: the client's address
 * appended to X-Forwarded-For (the owner counts a client's budgets by it when
 * TRUST_PROXY trusts its fellow processes) and one more hop.
 */
export function relayedHeaders(
  headers: IncomingHttpHeaders,
  clientAddress: string,
): Record<string, string> {
  const forwarded = headers['x-forwarded-for'];
  const chain = [forwarded === undefined ? [] : [forwarded].flat(), clientAddress].flat();
  return {
    'x-forwarded-for': chain.join(', '),
    [HOPS_HEADER]: String(hopsOf(headers) + 1),
  };
}

import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Which proxies in front of the server are trusted to say who the client is
 * (TRUST_PROXY, as express's "trust proxy"): none by default, every one
 * (`true`), the nearest `n`, or the addresses and subnets listed.
 */
export type TrustProxy = boolean | number | string[];

export type TrustFunction = (address: string, hop: number) => boolean;

export function compileTrust(trust: TrustProxy): TrustFunction {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust);
}

/**
 * The client's address as the trusted proxies report it (X-Forwarded-For),
 * or the connection's own: what the per-address budgets count by, over HTTP
 * (express's `request.ip`, set from the same function) and in a socket's
 * handshake, so that a server behind a load balancer does not give all its
 * users one budget.
 */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  return proxyaddr(request, trust);
}

export { httpRoutes, type HttpRoutesOptions } from './http-routes';
export { GuessGuard } from './guess-guard';
export {
  DEFAULT_RATE_LIMITS,
  scaleRateLimits,
  type RateLimit,
  type RateLimits,
} from './rate-budget';
export {
  attachSocketServer,
  MAX_FRAME_BYTES,
  type SocketServerOptions,
  type SocketTransport,
} from './socket-server';
export type { SocketData, TransportServer, TransportSocket } from './socket-types';

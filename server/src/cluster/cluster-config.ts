import { z } from 'zod';

/** The settings of a server that shares its exercises with other processes. */
export interface ClusterConfig {
  /** socket.io's Redis adapter: the processes' messages to one another. */
  redisUrl: string | undefined;
  /** Where the other processes reach this one (the owner of an exercise is relayed to there). */
  internalUrl: string;
  /** How long a lease lasts unless renewed: a dead owner's exercises are taken over after it. */
  leaseTtlMs: number;
}

const ClusterEnvironment = z.object({
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .refine((url) => url === undefined || url === '' || /^rediss?:\/\//.test(url), {
      message: 'expected a redis:// or rediss:// URL',
    }),
  INTERNAL_URL: z
    .string()
    .trim()
    .optional()
    .refine((url) => url === undefined || url === '' || /^https?:\/\/[^/]+\/?$/.test(url), {
      message: 'expected http://host:port, the address the other processes reach this one at',
    }),
  LEASE_TTL_MS: z.coerce
    .number({ message: 'expected a number of milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(1_000, 'expected at least 1000 ms')
    .max(60_000, 'expected at most 60000 ms')
    .default(5_000),
});

/**
 * Reads the cluster's settings; `problems` lists what is wrong, one
 * `NAME: what was expected` each (the caller refuses to start with them).
 */
export function readClusterConfig(
  env: NodeJS.ProcessEnv,
  listen: { port: number; host: string | undefined },
): { config: ClusterConfig } | { problems: string[] } {
  const parsed = ClusterEnvironment.safeParse(env);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const { REDIS_URL, INTERNAL_URL, LEASE_TTL_MS } = parsed.data;
  const host =
    listen.host === undefined || listen.host === '' || listen.host === '0.0.0.0'
      ? '127.0.0.1'
      : listen.host;
  return {
    config: {
      redisUrl: REDIS_URL === '' ? undefined : REDIS_URL,
      internalUrl: (INTERNAL_URL === undefined || INTERNAL_URL === ''
        ? `http://${host.includes(':') ? `[${host}]` : host}:${listen.port}`
        : INTERNAL_URL
      ).replace(/\/$/, ''),
      leaseTtlMs: LEASE_TTL_MS,
    },
  };
}

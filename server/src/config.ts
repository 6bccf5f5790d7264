import path from 'node:path';
import { z } from 'zod';
import { compileTrust, type TrustProxy } from './transport/client-address';

const Port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole port number')
  .min(0, 'expected a port from 0 to 65535')
  .max(65535, 'expected a port from 0 to 65535');

/** A URL of either scheme PostgreSQL's clients take. */
function isPostgresUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'postgres:' || protocol === 'postgresql:';
  } catch {
    return false;
  }
}

const Environment = z.object({
  PORT: Port.default(3000),
  /** Empty means every interface, so a seminar room's laptops reach the facilitator's machine. */
  HOST: z.string().trim().optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  /** The SQLite file; `<DATA_DIR>/borderline.db` unless given. */
  DB_FILE: z.string().trim().min(1).optional(),
  /**
   * A PostgreSQL server to keep the exercises in instead of the SQLite file
   * (several processes share one); unset or empty: SQLite.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return undefined;
      if (!isPostgresUrl(text)) {
        context.addIssue({
          code: 'custom',
          message:
            'expected a postgres:// or postgresql:// URL, e.g. postgres://user:password@host:5432/borderline',
        });
        return z.NEVER;
      }
      return text;
    }),
  /**
   * Multiplies every rate budget (RATE_LIMITS): e.g. 5 for a classroom whose
   * laptops all reach the server through one address, or for load tests.
   */
  RATE_LIMIT_FACTOR: z.coerce
    .number({ message: 'expected a number' })
    .positive('expected a number above 0')
    .max(10_000, 'expected a number up to 10000')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * The proxies trusted to name the client (X-Forwarded-For): `true`, a number
   * of hops, or addresses and subnets separated by commas (`loopback`,
   * `10.0.0.0/8`); none unless given.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((text, context): TrustProxy => {
      if (text === undefined || text === '' || text === 'false') return false;
      if (text === 'true') return true;
      if (/^\d+$/.test(text)) return Number(text);
      const list = text.split(',').map((part) => part.trim());
      try {
        compileTrust(list);
      } catch {
        context.addIssue({
          code: 'custom',
          message: 'expected true, a number of hops, or addresses and subnets separated by commas',
        });
        return z.NEVER;
      }
      return list;
    }),
});

export interface ServerConfig {
  port: number;
  /** undefined: listen on all interfaces. */
  host: string | undefined;
  dataDir: string;
  /** The SQLite file when DB_FILE is set; undefined: `<dataDir>/borderline.db` (see `databaseFile`). */
  dbFile?: string | undefined;
  /** The PostgreSQL server's URL when DATABASE_URL is set; undefined: the SQLite file. */
  databaseUrl?: string | undefined;
  /** Multiplies the rate budgets; undefined: 1 (the protocol's RATE_LIMITS). */
  rateLimitFactor?: number | undefined;
  logLevel: z.infer<typeof Environment>['LOG_LEVEL'];
  /** The proxies trusted to name the client; none (false) unless given. */
  trustProxy: TrustProxy;
}

export class ConfigError extends Error {}

/**
 * Reads the server's settings from the environment. Relative paths are taken
 * from where the user ran the command (npm's INIT_CWD), not from the workspace
 * folder npm switches into.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const { PORT, HOST, DATA_DIR, DB_FILE, DATABASE_URL, RATE_LIMIT_FACTOR, LOG_LEVEL, TRUST_PROXY } =
    parsed.data;
  const base = env.INIT_CWD ?? process.cwd();
  return {
    port: PORT,
    host: HOST === undefined || HOST === '' ? undefined : HOST,
    dataDir: path.resolve(base, DATA_DIR),
    dbFile: DB_FILE === undefined ? undefined : path.resolve(base, DB_FILE),
    databaseUrl: DATABASE_URL,
    rateLimitFactor: RATE_LIMIT_FACTOR,
    logLevel: LOG_LEVEL,
    trustProxy: TRUST_PROXY,
  };
}

/** The SQLite file that stores every exercise: DB_FILE, or `borderline.db` in the data folder. */
export function databaseFile(config: ServerConfig): string {
  return config.dbFile ?? path.join(config.dataDir, 'borderline.db');
}

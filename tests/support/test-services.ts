import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL and Redis servers the cluster tests use: given by
 * TEST_DATABASE_URL (a role that may create databases) and TEST_REDIS_URL.
 * `.ci/run` installs and starts both on loopback and sets
 * REQUIRE_TEST_SERVICES=1, so that in CI a missing server fails the run
 * instead of skipping its tests; on a machine without them (`npm test` on a
 * fresh clone) those tests are skipped and say why.
 */
export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
}

export function testServices(): TestServices | undefined {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const redisUrl = process.env.TEST_REDIS_URL;
  if (databaseUrl !== undefined && redisUrl !== undefined) return { databaseUrl, redisUrl };
  if (process.env.REQUIRE_TEST_SERVICES === '1') {
    throw new Error(
      'REQUIRE_TEST_SERVICES=1 but TEST_DATABASE_URL or TEST_REDIS_URL is not set: the cluster tests cannot run',
    );
  }
  return undefined;
}

/** Why the cluster tests were skipped, for the skip's title. */
export const NO_SERVICES =
  'skipped: set TEST_DATABASE_URL and TEST_REDIS_URL (PostgreSQL, Redis) to run';

/** A new, empty database on the test server; `drop` removes it. */
export async function freshDatabase(
  databaseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `borderline_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

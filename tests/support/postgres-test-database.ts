import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase, testServices } from './test-services';

export interface PostgresTestDatabase {
  /** The database's URL (set once beforeAll has run). */
  url(): string;
  /** A pool of its own on the database, for what a test does behind the store's back. */
  admin(): pg.Pool;
  /** Empties every table the store wrote (between tests). */
  empty(): Promise<void>;
}

/**
 * A fresh database for the test file that calls it (in a describe skipped
 * without TEST_DATABASE_URL), dropped after its last test.
 */
export function usePostgresTestDatabase(): PostgresTestDatabase {
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let admin: pg.Pool | undefined;
  beforeAll(async () => {
    const services = testServices();
    if (services === undefined)
      throw new Error('no TEST_DATABASE_URL: this describe should be skipped');
    database = await freshDatabase(services.databaseUrl);
    admin = new pg.Pool({ connectionString: database.url, max: 4 });
  });
  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });
  const url = () => {
    if (database === undefined) throw new Error('the test database is made in beforeAll');
    return database.url;
  };
  const adminPool = () => {
    if (admin === undefined) throw new Error('the test database is made in beforeAll');
    return admin;
  };
  return {
    url,
    admin: adminPool,
    empty: async () => {
      // Before the first store opened there are no tables to empty.
      await adminPool().query(`
        DO $$ BEGIN
          IF to_regclass('exercises') IS NOT NULL THEN
            TRUNCATE exercises, exercise_leases CASCADE;
          END IF;
        END $$`);
    },
  };
}

/**
 * Resolves once another connection to the database waits on a lock (a
 * store's statement held by a test's open transaction), or once `settled`
 * has (the statement did not wait after all: the test's expectations then
 * tell what it did).
 */
export async function untilLockWaiter(admin: pg.Pool, settled: Promise<unknown>): Promise<void> {
  let done = false;
  void settled.then(
    () => (done = true),
    () => (done = true),
  );
  for (let attempt = 0; attempt < 500 && !done; attempt += 1) {
    const { rows } = await admin.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

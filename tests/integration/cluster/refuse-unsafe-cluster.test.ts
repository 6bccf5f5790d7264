import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectOneLine, startToRefusal } from '../../support/start-to-refusal';
import { freshDatabase, NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();

describe.skipIf(services === undefined)(
  `a cluster process refuses to run without its services ${services ? '' : NO_SERVICES}`,
  () => {
    let database: { url: string; drop: () => Promise<void> };
    beforeAll(async () => {
      database = await freshDatabase(services?.databaseUrl ?? '');
    });
    afterAll(async () => {
      await database.drop();
    });

    it('refuses a Redis it cannot reach, in one line naming REDIS_URL', () => {
      const refusal = startToRefusal({
        DATABASE_URL: database.url,
        REDIS_URL: 'redis://127.0.0.1:9',
      });
      expectOneLine(refusal, /Redis at 127\.0\.0\.1:9 cannot be reached .*REDIS_URL/);
    });

    it('refuses a REDIS_URL or LEASE_TTL_MS that is not one', () => {
      const refusal = startToRefusal({
        DATABASE_URL: database.url,
        REDIS_URL: 'localhost:6379',
        LEASE_TTL_MS: '5',
      });
      expectOneLine(
        refusal,
        /REDIS_URL: expected a redis:\/\/ .*LEASE_TTL_MS: expected at least 1000 ms/,
      );
    });
  },
);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaseBook } from '../../../server/src/cluster/lease-book';
import type { ExerciseRecord } from '../../../server/src/store/exercise-store';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store';
import { freshDatabase, NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();
const TTL_MS = 1_000;

const exercise = (id: string, status: 'active' | 'ended' = 'active'): ExerciseRecord => ({
  id,
  scenarioId: 'us-mexico-2026',
  scenarioVersion: 1,
  seed: 1,
  joinCode: `C${id.replace(/\W/g, '').toUpperCase()}`,
  facilitatorKeyHash: 'hash',
  settings: {},
  status,
  createdAt: 1_000,
  endedAt: status === 'ended' ? 2_000 : null,
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(services === undefined)(
  `leases on PostgreSQL ${services ? '' : NO_SERVICES}`,
  () => {
    let drop: () => Promise<void>;
    let store: PostgresStore;
    let a: LeaseBook;
    let b: LeaseBook;

    beforeAll(async () => {
      const database = await freshDatabase(services?.databaseUrl ?? '');
      drop = database.drop;
      store = await openPostgresStore(database.url);
      a = new LeaseBook(store.pool, 'process-a', 'http://127.0.0.1:4001', TTL_MS);
      b = new LeaseBook(store.pool, 'process-b', 'http://127.0.0.1:4002', TTL_MS);
    });
    afterAll(async () => {
      await store.close();
      await drop();
    });

    it('gives an exercise to one process at a time; the other is told where its owner is', async () => {
      expect(await a.acquire('ex-1')).toEqual({ acquired: true, token: 1 });
      expect(await b.acquire('ex-1')).toEqual({
        acquired: false,
        holder: { owner: 'process-a', address: 'http://127.0.0.1:4001', live: true },
      });
      expect(a.fence('ex-1')).toBe(1);
      expect(b.fence('ex-1')).toBeUndefined();
    });

    it('lets a lease that was not renewed be taken over with a higher token, and tells the old owner', async () => {
      await a.acquire('ex-2');
      await pause(TTL_MS + 200);
      expect(await b.acquire('ex-2')).toEqual({ acquired: true, token: 2 });
      const lost = await a.renewAll();
      expect(lost).toContain('ex-2');
      expect(a.holds('ex-2')).toBe(false);
      expect(b.fence('ex-2')).toBe(2);
    });

    it('keeps a renewed lease past its first term', async () => {
      await a.acquire('ex-3');
      for (let i = 0; i < 4; i += 1) {
        await pause(TTL_MS / 2);
        expect(await a.renewAll()).not.toContain('ex-3');
      }
      expect((await b.acquire('ex-3')).acquired).toBe(false);
    });

    it('hands a released lease over at once, its token still rising (never back to 1)', async () => {
      await b.acquire('ex-4');
      await b.release('ex-4');
      expect(b.holds('ex-4')).toBe(false);
      expect(await a.acquire('ex-4')).toEqual({ acquired: true, token: 2 });
      await a.releaseAll();
      expect(await b.acquire('ex-4')).toEqual({ acquired: true, token: 3 });
    });

    it('lists the active exercises nobody owns (to take over), not the owned or the ended', async () => {
      await store.createExercise(exercise('orphan-1'));
      await store.createExercise(exercise('owned-1'));
      await store.createExercise(exercise('ended-1', 'ended'));
      await a.acquire('owned-1');
      const orphans = await b.orphans();
      expect(orphans).toContain('orphan-1');
      expect(orphans).not.toContain('owned-1');
      expect(orphans).not.toContain('ended-1');
    });
  },
);

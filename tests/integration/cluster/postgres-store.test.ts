import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from '../../../server/src/store/postgres/postgres-migrations';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store';
import { StoreConflictError } from '../../../server/src/store/exercise-store';
import { chat, describeExerciseStore, exercise, player } from '../../support/exercise-store-suite';
import { untilLockWaiter, usePostgresTestDatabase } from '../../support/postgres-test-database';
import { freshDatabase, NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();
const TITLE = 'the PostgreSQL exercise store';

describe.skipIf(services === undefined)(
  services === undefined ? `${TITLE} (${NO_SERVICES})` : TITLE,
  () => {
    const database = usePostgresTestDatabase();

    describeExerciseStore(
      'as every exercise store',
      () => openPostgresStore(database.url()),
      database.empty,
    );

    describe('what only PostgreSQL does', () => {
      const opened: PostgresStore[] = [];
      const open = async (url = database.url()) => {
        const store = await openPostgresStore(url);
        opened.push(store);
        return store;
      };
      afterEach(async () => {
        for (const store of opened.splice(0)) await store.close();
        await database.empty();
      });

      it('applies each migration once when two processes open a fresh database at once', async () => {
        const fresh = await freshDatabase(services?.databaseUrl ?? '');
        try {
          const [first, second] = await Promise.all([open(fresh.url), open(fresh.url)]);
          const { rows } = await first.pool.query<{ version: number }>(
            'SELECT version FROM schema_migrations ORDER BY version',
          );
          expect(rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
          // Both work on the one set of tables, and a third open finds nothing to do.
          await first.createExercise(exercise('ex-1', 'ABC123'));
          expect((await second.findExercise('ex-1'))?.joinCode).toBe('ABC123');
          const third = await open(fresh.url);
          expect(await third.listExercises()).toHaveLength(1);
          const again = await third.pool.query('SELECT version FROM schema_migrations');
          expect(again.rowCount).toBe(POSTGRES_MIGRATIONS.length);
        } finally {
          for (const store of opened.splice(0)) await store.close();
          await fresh.drop();
        }
      });

      it('gives the millisecond times back as numbers, past 32 bits', async () => {
        const store = await open();
        const at = Date.UTC(2026, 11, 4, 9, 30);
        await store.createExercise({
          ...exercise('ex-1', 'ABC123'),
          createdAt: at,
          seed: 4_000_000_000,
        });
        await store.markEnded('ex-1', at + 5);
        await store.appendEvent('ex-1', { seq: 1, at: at + 1, event: {} });
        await store.savePlayer(player('p-1', 'ex-1', at + 2));
        await store.appendChat(chat('m-1', 'ex-1', 'hello', at + 3));
        await store.saveWhatIf('ex-1', { method: 1, computedAt: at + 4, analysis: null });
        const holdings = await store.loadHoldings('ex-1');
        const times = [
          holdings?.record.createdAt,
          holdings?.record.endedAt,
          holdings?.record.seed,
          holdings?.events[0]?.at,
          holdings?.players[0]?.joinedAt,
          holdings?.chat[0]?.at,
          holdings?.whatIf?.computedAt,
        ];
        expect(times).toEqual([at, at + 5, 4_000_000_000, at + 1, at + 2, at + 3, at + 4]);
        for (const time of times) expect(typeof time).toBe('number');
        expect((await store.listExercises())[0]?.endedAt).toBe(at + 5);
      });

      it('gives JSON back equal: settings, events, snapshots and analyses of every shape', async () => {
        const store = await open();
        const settings = {
          language: 'es',
          timing: { decisionMinutes: 7.5, practiceMove: true, breaks: [5, 10] },
          note: 'Niños, 日本, "quoted" \\ and a tab\t',
          nothing: null,
          empty: {},
          list: [],
        };
        await store.createExercise({ ...exercise('ex-1', 'ABC123'), settings });
        const events = [
          { type: 'team.submitDecision', decision: { options: ['a', 'b'], weight: -0.125 } },
          ['a top-level array'],
          'a string',
          17,
          null,
        ];
        for (const [index, event] of events.entries()) {
          await store.appendEvent('ex-1', { seq: index + 1, at: index, event });
        }
        await store.saveSnapshot('ex-1', { seq: 2, snapshot: [{ team: 'washington' }, 3] });
        await store.saveWhatIf('ex-1', {
          method: 1,
          computedAt: 1,
          analysis: [null, { deep: [[]] }],
        });
        const holdings = await store.loadHoldings('ex-1');
        expect(holdings?.record.settings).toEqual(settings);
        expect(holdings?.events.map((stored) => stored.event)).toEqual(events);
        expect(holdings?.snapshot).toEqual({ seq: 2, snapshot: [{ team: 'washington' }, 3] });
        expect(holdings?.whatIf?.analysis).toEqual([null, { deep: [[]] }]);
        expect((await store.loadExercise('ex-1'))?.events.map((stored) => stored.event)).toEqual(
          events.slice(2),
        );
      });

      it('refuses an append that loses a race to another writer of the same seq', async () => {
        const store = await open();
        await store.createExercise(exercise('ex-1', 'ABC123'));
        // Another writer has inserted seq 1 and not committed yet: the store
        // reads no event 1, and its insert waits on the other's.
        const other = await database.admin().connect();
        try {
          await other.query('BEGIN');
          await other.query(
            `INSERT INTO events (exercise_id, seq, at, event) VALUES ('ex-1', 1, 5, '{"by":"other"}')`,
          );
          const append = store.appendEvent('ex-1', { seq: 1, at: 10, event: { by: 'store' } });
          await untilLockWaiter(database.admin(), append);
          await other.query('COMMIT');
          await expect(append).rejects.toThrow(StoreConflictError);
          await expect(append).rejects.toThrow('appended meanwhile by another writer');
        } finally {
          // Nothing once committed; after a failed expectation, its open transaction and locks.
          await other.query('ROLLBACK');
          other.release();
        }
        expect(await store.readEvents('ex-1')).toEqual([{ seq: 1, at: 5, event: { by: 'other' } }]);
      });

      it('orders ids by their characters in a database whose locale orders otherwise', async () => {
        const icu = await icuDatabase(services?.databaseUrl ?? '');
        try {
          const store = await open(icu.url);
          // The database's own order puts lower case first...
          const own = await store.pool.query<{ ordered: boolean }>(
            `SELECT 'ex-a' < 'ex-Z' AS ordered`,
          );
          expect(own.rows[0]?.ordered).toBe(true);
          await store.createExercise(exercise('ex-b', 'BBB222'));
          await store.createExercise(exercise('ex-Z', 'ZZZ999'));
          await store.createExercise(exercise('ex-a', 'AAA111'));
          expect((await store.listExercises()).map((record) => record.id)).toEqual([
            'ex-Z',
            'ex-a',
            'ex-b',
          ]);
          await store.recordCommand('ex-a', { id: 'chat-9', sender: 'facilitator' });
          await store.recordCommand('ex-a', { id: 'chat-10', sender: 'facilitator' });
          await store.recordCommand('ex-a', { id: 'Start', sender: 'facilitator' });
          expect((await store.listCommands('ex-a')).map((command) => command.id)).toEqual([
            'Start',
            'chat-10',
            'chat-9',
          ]);
        } finally {
          for (const store of opened.splice(0)) await store.close();
          await icu.drop();
        }
      });
    });
  },
);

/**
 * A fresh database ordering text by ICU's root locale (case-insensitive
 * first: "ex-a" before "ex-Z"), as a server set up with en_US would.
 */
async function icuDatabase(
  databaseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `borderline_t_icu_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(
    `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8'`,
  );
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseHoldings } from '../../../server/src/store/async-exercise-store';
import { LeaseLostError } from '../../../server/src/store/lease-lost-error';
import {
  openPostgresStore,
  type PostgresStore,
} from '../../../server/src/store/postgres/postgres-store';
import { chat, exercise, player } from '../../support/exercise-store-suite';
import { untilLockWaiter, usePostgresTestDatabase } from '../../support/postgres-test-database';
import { NO_SERVICES, testServices } from '../../support/test-services';

const services = testServices();
const TITLE = "the PostgreSQL exercise store's fencing by lease token";

/** Every write of ex-1 (and the creation of ex-2), each one that would succeed unfenced. */
const WRITES: [string, (store: PostgresStore) => Promise<void>][] = [
  ['createExercise', (store) => store.createExercise(exercise('ex-2', 'DEF456'))],
  [
    'appendEvent',
    (store) =>
      store.appendEvent('ex-1', { seq: 2, at: 20, event: { n: 2 } }, { id: 'c-2', sender: 'x' }),
  ],
  ['saveSnapshot', (store) => store.saveSnapshot('ex-1', { seq: 1, snapshot: { upTo: 1 } })],
  ['savePlayer (new)', (store) => store.savePlayer(player('p-2', 'ex-1', 7))],
  [
    'savePlayer (update)',
    (store) => store.savePlayer({ ...player('p-1', 'ex-1', 5), isLead: true }),
  ],
  ['appendChat', (store) => store.appendChat(chat('m-1', 'ex-1', 'hello', 10))],
  ['recordCommand', (store) => store.recordCommand('ex-1', { id: 'chat-1', sender: 'player:p-1' })],
  ['recordFork', (store) => store.recordFork('ex-1', { exerciseId: 'ex-0', move: 2 })],
  ['saveWhatIf', (store) => store.saveWhatIf('ex-1', { method: 1, computedAt: 9, analysis: {} })],
  ['markEnded', (store) => store.markEnded('ex-1', 99)],
  ['deleteExercise', (store) => store.deleteExercise('ex-1')],
];

describe.skipIf(services === undefined)(
  services === undefined ? `${TITLE} (${NO_SERVICES})` : TITLE,
  () => {
    const database = usePostgresTestDatabase();
    /** The tokens this process holds: what the lease manager would answer. */
    const held = new Map<string, number>();
    const opened: PostgresStore[] = [];
    const open = async () => {
      const store = await openPostgresStore(database.url(), { fence: (id) => held.get(id) });
      opened.push(store);
      return store;
    };
    const setLease = (exerciseId: string, token: number, owner = 'process-a') =>
      database.admin().query(
        `INSERT INTO exercise_leases (exercise_id, owner, address, token, expires_at)
         VALUES ($1, $2, 'http://10.0.0.5:3000', $3, now() + interval '1 minute')
         ON CONFLICT (exercise_id) DO UPDATE SET owner = excluded.owner, token = excluded.token`,
        [exerciseId, owner, token],
      );
    const dropLease = (exerciseId: string) =>
      database.admin().query('DELETE FROM exercise_leases WHERE exercise_id = $1', [exerciseId]);

    /** ex-1 written under token 3 (one event, one player), as its owner left it. */
    const ownedExercise = async () => {
      const store = await open();
      held.set('ex-1', 3).set('ex-2', 3);
      await setLease('ex-1', 3);
      await setLease('ex-2', 3);
      await store.createExercise(exercise('ex-1', 'ABC123'));
      await store.appendEvent(
        'ex-1',
        { seq: 1, at: 10, event: { n: 1 } },
        { id: 'c-1', sender: 'x' },
      );
      await store.savePlayer(player('p-1', 'ex-1', 5));
      return store;
    };
    const everything = async (store: PostgresStore) => ({
      exercises: await store.listExercises(),
      holdings: await store.loadHoldings('ex-1'),
    });

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      held.clear();
      await database.empty();
    });

    it('writes while the lease carries the token this process holds', async () => {
      const store = await ownedExercise();
      for (const [, write] of WRITES.slice(0, -1)) await write(store);
      const holdings: ExerciseHoldings | undefined = await store.loadHoldings('ex-1');
      expect(holdings?.events.map((event) => event.seq)).toEqual([1, 2]);
      expect(holdings?.snapshot?.seq).toBe(1);
      expect(holdings?.players.map((seat) => [seat.id, seat.isLead])).toEqual([
        ['p-1', true],
        ['p-2', false],
      ]);
      expect(holdings?.chat).toHaveLength(1);
      expect(holdings?.commands.map((command) => command.id)).toEqual(['c-1', 'c-2', 'chat-1']);
      expect(holdings?.fork).toEqual({ exerciseId: 'ex-0', move: 2 });
      expect(holdings?.whatIf?.computedAt).toBe(9);
      expect(holdings?.record).toMatchObject({ status: 'ended', endedAt: 99 });
      expect(await store.findExercise('ex-2')).toBeDefined();
      await store.deleteExercise('ex-1');
      expect(await store.findExercise('ex-1')).toBeUndefined();
    });

    it.each([
      ['another owner took the lease (a newer token)', 4],
      ['the lease is gone', undefined],
    ])('refuses every write, storing nothing of it, when %s', async (_, token) => {
      const store = await ownedExercise();
      const before = await everything(store);
      for (const id of ['ex-1', 'ex-2']) {
        if (token === undefined) await dropLease(id);
        else await setLease(id, token, 'process-b');
      }
      for (const [name, write] of WRITES) {
        const refusal = await write(store).then(
          () => `${name} was written`,
          (error: unknown) => error,
        );
        expect(refusal, name).toBeInstanceOf(LeaseLostError);
        expect(refusal, name).toMatchObject({ heldToken: 3, currentToken: token });
        expect((refusal as LeaseLostError).exerciseId, name).toBe(
          name === 'createExercise' ? 'ex-2' : 'ex-1',
        );
      }
      expect(await everything(store)).toEqual(before);
    });

    it('does not check an exercise this process holds no token for (one process alone)', async () => {
      const store = await open();
      await store.createExercise(exercise('ex-free', 'FRE123'));
      await store.appendEvent('ex-free', { seq: 1, at: 1, event: {} });
      expect(await store.readEvents('ex-free')).toHaveLength(1);
    });

    it('makes a write wait for a change of owner under way, then refuses it', async () => {
      const store = await ownedExercise();
      const other = await database.admin().connect();
      try {
        await other.query('BEGIN');
        await other.query(
          `UPDATE exercise_leases SET token = token + 1, owner = 'process-b' WHERE exercise_id = 'ex-1'`,
        );
        const append = store.appendEvent('ex-1', { seq: 2, at: 20, event: {} });
        // Unless the store locks the lease row, it reads the old token and writes.
        await untilLockWaiter(database.admin(), append);
        await other.query('COMMIT');
        await expect(append).rejects.toThrow(LeaseLostError);
        await expect(append).rejects.toThrow('its token is 4, this process holds 3');
      } finally {
        // Nothing once committed; after a failed expectation, its open transaction and locks.
        await other.query('ROLLBACK');
        other.release();
      }
      expect((await store.readEvents('ex-1')).map((event) => event.seq)).toEqual([1]);
    });

    it('holds the lease against a change of owner until its write has committed', async () => {
      const store = await ownedExercise();
      // Another writer's uncommitted event 2 holds the store's append after its lease check.
      const blocker = await database.admin().connect();
      const changer = await database.admin().connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query(
          `INSERT INTO events (exercise_id, seq, at, event) VALUES ('ex-1', 2, 5, '{}')`,
        );
        const append = store.appendEvent('ex-1', { seq: 2, at: 20, event: { by: 'owner' } });
        await untilLockWaiter(database.admin(), append);
        // Meanwhile the lease cannot pass to another owner...
        await changer.query('BEGIN');
        await changer.query(`SET LOCAL lock_timeout = '200ms'`);
        await expect(
          changer.query(`UPDATE exercise_leases SET token = 4 WHERE exercise_id = 'ex-1'`),
        ).rejects.toThrow(/lock timeout/);
        await changer.query('ROLLBACK');
        // ...and once the other writer gives way, the owner's event lands.
        await blocker.query('ROLLBACK');
        await append;
      } finally {
        // Nothing once ended; after a failed expectation, their open transactions and locks.
        await blocker.query('ROLLBACK');
        blocker.release();
        await changer.query('ROLLBACK');
        changer.release();
      }
      expect(await store.readEvents('ex-1')).toEqual([
        { seq: 1, at: 10, event: { n: 1 } },
        { seq: 2, at: 20, event: { by: 'owner' } },
      ]);
    });
  },
);

import { describe, expect, it, vi } from 'vitest';
import { ExerciseNotHeldError } from '../../../server/src/store/exercise-not-held-error';
import { StoreConflictError } from '../../../server/src/store/exercise-store';
import type { ExerciseRecord } from '../../../server/src/store/exercise-store';
import { MirroredStore } from '../../../server/src/store/mirrored-store';
import { DeferredBackend, settle } from '../../support/deferred-backend';
import { chatRecord, exerciseRecord, playerRecord, storedEvent } from '../../support/store-records';

/** A lease claimed elsewhere, or a database gone: what a failed write rejects with. */
class LeaseLost extends Error {}

function mirrored(options: { beforeCreate?: (record: ExerciseRecord) => Promise<void> } = {}) {
  const backend = new DeferredBackend();
  const lost: [string, Error][] = [];
  const store = new MirroredStore(backend, {
    onLost: (exerciseId, error) => lost.push([exerciseId, error]),
    ...options,
  });
  return { backend, store, lost };
}

/** Whether a promise has settled yet, and how (watched at once: a rejection is never unhandled). */
function watch(promise: Promise<void>) {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  let error: unknown;
  promise.then(
    () => (state = 'resolved'),
    (reason: unknown) => {
      state = 'rejected';
      error = reason;
    },
  );
  return { state: () => state, error: () => error };
}

/** Lands the open writes of an exercise one by one, as they start, until none is left. */
async function landAll(backend: DeferredBackend, exerciseId: string): Promise<void> {
  await settle();
  while (backend.open(exerciseId).length > 0) {
    backend.only(exerciseId).land();
    await settle();
  }
}

describe('the mirrored store, over a database that answers when the test says', () => {
  it("writes one exercise's changes one at a time, in the order they were made", async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1), { id: 'cmd-1', sender: 'facilitator' });
    store.savePlayer(playerRecord('ex-1', 'p-1', 5));
    store.appendEvent('ex-1', storedEvent(2));
    store.appendChat(chatRecord('ex-1', 'm-1', 20));
    store.saveSnapshot('ex-1', { seq: 2, snapshot: { upTo: 2 } });
    store.markEnded('ex-1', 99);

    const seen: string[] = [];
    await settle();
    while (backend.open('ex-1').length > 0) {
      // Never two at once: the next starts only once this one has landed.
      const write = backend.only('ex-1');
      seen.push(write.method);
      write.land();
      await settle();
    }
    expect(seen).toEqual([
      'createExercise',
      'appendEvent',
      'savePlayer',
      'appendEvent',
      'appendChat',
      'saveSnapshot',
      'markEnded',
    ]);
    const events = backend.started.filter((write) => write.method === 'appendEvent');
    expect(events.map((write) => write.args)).toEqual([
      [storedEvent(1), { id: 'cmd-1', sender: 'facilitator' }],
      [storedEvent(2), undefined],
    ]);
  });

  it("writes two exercises' changes side by side", async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.createExercise(exerciseRecord('ex-2', 'DEF456'));
    store.appendEvent('ex-1', storedEvent(1));
    store.appendEvent('ex-2', storedEvent(1));
    await settle();
    expect(backend.open().map((write) => `${write.method} ${write.exerciseId}`)).toEqual([
      'createExercise ex-1',
      'createExercise ex-2',
    ]);
    // One exercise waiting on the database does not hold the other back.
    backend.only('ex-2').land();
    await settle();
    expect(backend.only('ex-2').method).toBe('appendEvent');
    expect(backend.only('ex-1').method).toBe('createExercise');
  });

  it('says a write is durable only once the database has answered', async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    const durable = watch(store.whenDurable('ex-1'));
    const all = watch(store.whenDurable());
    await settle();
    backend.only('ex-1').land();
    await settle();
    expect(durable.state()).toBe('pending');
    expect(all.state()).toBe('pending');
    // A write made after the question is not waited for.
    store.appendEvent('ex-1', storedEvent(2));
    backend.only('ex-1').land();
    await settle();
    expect(durable.state()).toBe('resolved');
    expect(all.state()).toBe('resolved');
    expect(watch(store.whenDurable('ex-1')).state()).toBe('pending');
    await landAll(backend, 'ex-1');
    await expect(store.whenDurable('ex-1')).resolves.toBeUndefined();
    // An exercise never written has nothing to wait for.
    await expect(store.whenDurable('ex-other')).resolves.toBeUndefined();
  });

  it('loses the exercise when a write fails: queued writes dropped, listener told once, memory forgotten', async () => {
    const { backend, store, lost } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.createExercise(exerciseRecord('ex-2', 'DEF456'));
    store.appendEvent('ex-1', storedEvent(1));
    store.appendEvent('ex-1', storedEvent(2));
    store.appendEvent('ex-1', storedEvent(3));
    await settle();
    backend.only('ex-1').land();
    await settle();
    const durable = watch(store.whenDurable('ex-1'));
    const all = watch(store.whenDurable());
    const failure = new LeaseLost('the lease of ex-1 is held by another process');
    backend.only('ex-1').fail(failure);
    await settle();

    expect(lost).toEqual([['ex-1', failure]]);
    expect([durable.state(), durable.error()]).toEqual(['rejected', failure]);
    expect([all.state(), all.error()]).toEqual(['rejected', failure]);
    await expect(store.whenDurable('ex-1')).rejects.toBe(failure);
    // Events 2 and 3 were never sent: nothing is retried or written past a failure.
    expect(backend.calls('ex-1')).toEqual(['createExercise ex-1', 'appendEvent ex-1']);
    expect(backend.open('ex-1')).toEqual([]);
    expect(store.holds('ex-1')).toBe(false);
    expect(store.findExercise('ex-1')).toBeUndefined();
    expect(store.readEvents('ex-1')).toEqual([]);
    expect(store.findExerciseByJoinCode('ABC123')).toBeUndefined();
    expect(store.listExercises().map((record) => record.id)).toEqual(['ex-2']);

    // Later writes throw at once, naming the failure, and nothing is queued.
    let thrown: unknown;
    try {
      store.appendEvent('ex-1', storedEvent(2));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExerciseNotHeldError);
    expect((thrown as ExerciseNotHeldError).cause).toBe(failure);
    expect(() => store.createExercise(exerciseRecord('ex-1', 'XYZ999'))).toThrow(
      ExerciseNotHeldError,
    );
    await settle();
    expect(backend.calls('ex-1')).toHaveLength(2);
    expect(lost).toHaveLength(1);

    // The other exercise is untouched.
    expect(store.holds('ex-2')).toBe(true);
    await landAll(backend, 'ex-2');
    await expect(store.whenDurable('ex-2')).resolves.toBeUndefined();
  });

  it('takes a lost exercise up afresh from what the database holds', async () => {
    const { backend, store, lost } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    await settle();
    backend.only('ex-1').fail(new LeaseLost('gone'));
    await settle();
    expect(lost).toHaveLength(1);
    // The lease claimed again: the database has the record and nothing of event 1.
    backend.holdings.set('ex-1', {
      record: exerciseRecord('ex-1', 'ABC123'),
      events: [],
      snapshot: undefined,
      players: [],
      chat: [],
      commands: [],
      fork: undefined,
      whatIf: undefined,
    });
    expect(await store.preload('ex-1')).toBe(true);
    await expect(store.whenDurable('ex-1')).resolves.toBeUndefined();
    expect(store.readEvents('ex-1')).toEqual([]);
    store.appendEvent('ex-1', storedEvent(1));
    await landAll(backend, 'ex-1');
    await expect(store.whenDurable()).resolves.toBeUndefined();
    expect(backend.calls()).toEqual(['createExercise ex-1', 'appendEvent ex-1']);
    expect(backend.started[1]?.open).toBe(false);
  });

  it('refuses a seq that does not follow the last at once, and queues nothing', async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    expect(() => store.appendEvent('ex-1', storedEvent(3))).toThrow(StoreConflictError);
    expect(() => store.appendEvent('ex-1', storedEvent(1))).toThrow(
      'event 1 of exercise ex-1 does not follow event 1',
    );
    await landAll(backend, 'ex-1');
    expect(backend.calls('ex-1')).toEqual(['createExercise ex-1', 'appendEvent ex-1']);
    expect(store.readEvents('ex-1')).toEqual([storedEvent(1)]);
    await expect(store.whenDurable('ex-1')).resolves.toBeUndefined();
  });

  it('refuses what a unique key would, before anything is queued', async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.recordCommand('ex-1', { id: 'cmd-1', sender: 'facilitator' });
    expect(() => store.createExercise(exerciseRecord('ex-1', 'DEF456'))).toThrow(/UNIQUE/);
    expect(() => store.createExercise(exerciseRecord('ex-2', 'ABC123'))).toThrow(/UNIQUE/);
    expect(() => store.recordCommand('ex-1', { id: 'cmd-1', sender: 'player:p' })).toThrow(
      /UNIQUE/,
    );
    // An event whose command was applied before is refused whole: the log does not grow.
    expect(() =>
      store.appendEvent('ex-1', storedEvent(1), { id: 'cmd-1', sender: 'facilitator' }),
    ).toThrow(/UNIQUE/);
    expect(store.readEvents('ex-1')).toEqual([]);
    await landAll(backend, 'ex-1');
    expect(backend.calls()).toEqual(['createExercise ex-1', 'recordCommand ex-1']);
  });

  it('throws on a write to an exercise it does not hold', () => {
    const { backend, store } = mirrored();
    expect(() => store.appendEvent('ex-9', storedEvent(1))).toThrow(ExerciseNotHeldError);
    expect(() => store.savePlayer(playerRecord('ex-9', 'p-1', 1))).toThrow(
      'Exercise ex-9 is not held by this process.',
    );
    expect(() => store.deleteExercise('ex-9')).toThrow(ExerciseNotHeldError);
    expect(backend.started).toEqual([]);
  });

  it('claims the lease (beforeCreate) before the exercise is written; a refused claim loses it', async () => {
    const claims: { record: ExerciseRecord; grant: () => void; refuse: (e: Error) => void }[] = [];
    const { backend, store, lost } = mirrored({
      beforeCreate: (record) =>
        new Promise<void>((grant, refuse) => claims.push({ record, grant, refuse })),
    });
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.createExercise(exerciseRecord('ex-2', 'DEF456'));
    store.appendEvent('ex-1', storedEvent(1));
    await settle();
    expect(claims.map((claim) => claim.record.id)).toEqual(['ex-1', 'ex-2']);
    expect(backend.started).toEqual([]);
    claims[0]?.grant();
    await settle();
    expect(backend.calls()).toEqual(['createExercise ex-1']);
    const refusal = new LeaseLost('ex-2 is claimed by another process');
    claims[1]?.refuse(refusal);
    await settle();
    expect(lost).toEqual([['ex-2', refusal]]);
    expect(store.holds('ex-2')).toBe(false);
    await landAll(backend, 'ex-1');
    expect(backend.calls()).toEqual(['createExercise ex-1', 'appendEvent ex-1']);
  });

  it('preloads an exercise from the database once, and reports one it does not have', async () => {
    const { backend, store } = mirrored();
    backend.holdings.set('ex-1', {
      record: exerciseRecord('ex-1', 'ABC123'),
      events: [storedEvent(1), storedEvent(2), storedEvent(3)],
      snapshot: { seq: 2, snapshot: { upTo: 2 } },
      players: [playerRecord('ex-1', 'p-2', 9), playerRecord('ex-1', 'p-1', 5)],
      chat: [chatRecord('ex-1', 'm-1', 10)],
      commands: [{ id: 'cmd-1', sender: 'facilitator' }],
      fork: { exerciseId: 'ex-0', move: 2 },
      whatIf: undefined,
    });
    expect(store.holds('ex-1')).toBe(false);
    const [first, second] = await Promise.all([store.preload('ex-1'), store.preload('ex-1')]);
    expect([first, second]).toEqual([true, true]);
    expect(await store.preload('ex-1')).toBe(true);
    expect(backend.loads).toBe(1);
    expect(await store.preload('ex-none')).toBe(false);
    expect(store.holds('ex-none')).toBe(false);

    expect(store.loadExercise('ex-1')).toEqual({
      record: exerciseRecord('ex-1', 'ABC123'),
      snapshot: { seq: 2, snapshot: { upTo: 2 } },
      events: [storedEvent(3)],
    });
    expect(store.listPlayers('ex-1').map((player) => player.id)).toEqual(['p-1', 'p-2']);
    expect(store.findCommand('ex-1', 'cmd-1')).toBe('facilitator');
    expect(store.findFork('ex-1')).toEqual({ exerciseId: 'ex-0', move: 2 });
    expect(store.findExerciseByJoinCode('ABC123')?.id).toBe('ex-1');
    // Held, it takes the next event at once.
    store.appendEvent('ex-1', storedEvent(4));
    expect(() => store.appendEvent('ex-1', storedEvent(4))).toThrow(StoreConflictError);

    store.forget('ex-1');
    expect(store.holds('ex-1')).toBe(false);
    expect(store.findExercise('ex-1')).toBeUndefined();
    // Given up, its queued write still lands, and is still waited for.
    const durable = watch(store.whenDurable('ex-1'));
    // Taken up again at once: the database is read only once that write has landed.
    const again = store.preload('ex-1');
    await settle();
    expect(durable.state()).toBe('pending');
    const loads = backend.loads;
    backend.holdings.get('ex-1')?.events.push(storedEvent(4));
    backend.only('ex-1').land();
    expect(await again).toBe(true);
    expect(durable.state()).toBe('resolved');
    expect(backend.loads).toBe(loads + 1);
    expect(store.readEvents('ex-1').map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(backend.calls()).toEqual(['appendEvent ex-1']);
  });

  it('drops a deleted exercise from memory at once, and deletes it in its turn', async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    store.deleteExercise('ex-1');
    expect(store.findExercise('ex-1')).toBeUndefined();
    expect(store.listExercises()).toEqual([]);
    expect(() => store.appendEvent('ex-1', storedEvent(2))).toThrow(ExerciseNotHeldError);
    const durable = watch(store.whenDurable('ex-1'));
    await landAll(backend, 'ex-1');
    expect(backend.calls()).toEqual([
      'createExercise ex-1',
      'appendEvent ex-1',
      'deleteExercise ex-1',
    ]);
    expect(durable.state()).toBe('resolved');
  });

  it('gives copies: changing what was written or read changes nothing held', () => {
    const { store } = mirrored();
    const record = exerciseRecord('ex-1', 'ABC123');
    store.createExercise(record);
    (record.settings as { practice: boolean }).practice = false;
    const event = storedEvent(1);
    store.appendEvent('ex-1', event);
    (event.event as { text: string }).text = 'changed after';
    const read = store.readEvents('ex-1');
    (read[0]?.event as { text: string }).text = 'changed by a reader';
    expect(store.readEvents('ex-1')).toEqual([storedEvent(1)]);
    expect(store.findExercise('ex-1')?.settings).toEqual(exerciseRecord('ex', 'x').settings);
  });

  it('stops taking writes when closed, and closes the database once every write has landed', async () => {
    const { backend, store } = mirrored();
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    const closing = store.closeAsync();
    expect(() => store.appendEvent('ex-1', storedEvent(2))).toThrow(/closed/);
    expect(store.readEvents('ex-1')).toEqual([storedEvent(1)]);
    await settle();
    expect(backend.closed).toBe(false);
    await landAll(backend, 'ex-1');
    await closing;
    expect(backend.closed).toBe(true);
    expect(backend.calls()).toEqual(['createExercise ex-1', 'appendEvent ex-1']);
  });

  it('logs a loss, and a listener that throws does not break the store', async () => {
    const backend = new DeferredBackend();
    const logger = { error: vi.fn() };
    const store = new MirroredStore(backend, {
      onLost: () => {
        throw new Error('listener bug');
      },
      logger,
    });
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    await settle();
    backend.only('ex-1').fail(new Error('connection terminated'));
    await settle();
    expect(logger.error.mock.calls.map((call) => call[1])).toEqual([
      'exercise lost: a write to the database failed',
      'the exercise-lost listener failed',
    ]);
    store.createExercise(exerciseRecord('ex-2', 'DEF456'));
    await landAll(backend, 'ex-2');
    await expect(store.whenDurable('ex-2')).resolves.toBeUndefined();
  });
});

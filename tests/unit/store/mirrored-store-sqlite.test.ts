import { afterEach, describe, expect, it } from 'vitest';
import { asyncStore } from '../../../server/src/store/async-exercise-store';
import { StoreConflictError, type ExerciseStore } from '../../../server/src/store/exercise-store';
import { MirroredStore } from '../../../server/src/store/mirrored-store';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { chatRecord, exerciseRecord, playerRecord, storedEvent } from '../../support/store-records';

/** Everything a store answers about one exercise. */
function contentsOf(store: ExerciseStore, exerciseId: string) {
  return {
    record: store.findExercise(exerciseId),
    events: store.readEvents(exerciseId),
    loaded: store.loadExercise(exerciseId),
    players: store.listPlayers(exerciseId),
    chat: store.listChat(exerciseId),
    commands: store.listCommands(exerciseId),
    fork: store.findFork(exerciseId),
    whatIf: store.findWhatIf(exerciseId),
  };
}

/** A little of everything, written to `store` as the service would. */
function writeEverything(store: ExerciseStore): void {
  store.createExercise(exerciseRecord('ex-1', 'ABC123', 2_000));
  store.createExercise(exerciseRecord('ex-2', 'DEF456', 1_000));
  store.savePlayer(playerRecord('ex-1', 'p-2', 20));
  store.savePlayer(playerRecord('ex-1', 'p-1', 10));
  for (let seq = 1; seq <= 40; seq += 1) {
    store.appendEvent(
      'ex-1',
      storedEvent(seq),
      seq % 3 === 0 ? { id: `cmd-${seq}`, sender: 'facilitator' } : undefined,
    );
    if (seq % 10 === 0) store.saveSnapshot('ex-1', { seq, snapshot: { upTo: seq } });
  }
  // An older snapshot saved late: the newest by seq is still the one read.
  store.saveSnapshot('ex-1', { seq: 15, snapshot: { upTo: 15 } });
  store.savePlayer(playerRecord('ex-1', 'p-1', 10, { isLead: true, name: 'Ana' }));
  store.appendChat(chatRecord('ex-1', 'm-2', 50));
  store.appendChat(chatRecord('ex-1', 'm-1', 30));
  store.appendChat(chatRecord('ex-1', 'm-3', 50));
  store.recordCommand('ex-1', { id: 'chat-1', sender: 'player:p-1' });
  store.recordFork('ex-1', { exerciseId: 'ex-0', move: 2 });
  store.appendEvent('ex-2', storedEvent(1));
  store.markEnded('ex-1', 500);
  store.saveWhatIf('ex-1', { method: 1, computedAt: 600, analysis: { branches: [1, 2] } });
  store.saveWhatIf('ex-1', { method: 1, computedAt: 700, analysis: { branches: [3] } });
}

describe('the mirrored store, over SQLite seen as a database server', () => {
  const closing: (() => void)[] = [];
  afterEach(() => {
    for (const close of closing.splice(0)) close();
  });

  function openBackend(): ExerciseStore {
    const sqlite = openSqliteStore(':memory:');
    closing.push(() => sqlite.close());
    return sqlite;
  }

  const noLoss = (exerciseId: string, error: Error) => {
    throw new Error(`${exerciseId} was lost: ${error.message}`);
  };

  it('writes everything to the database, in order, by the time whenDurable resolves', async () => {
    const sqlite = openBackend();
    const store = new MirroredStore(asyncStore(sqlite), { onLost: noLoss });
    writeEverything(store);
    await store.whenDurable();

    const direct = openBackend();
    writeEverything(direct);
    for (const id of ['ex-1', 'ex-2']) {
      // The database holds what SQLite written directly holds; memory answers the same.
      expect(contentsOf(sqlite, id)).toEqual(contentsOf(direct, id));
      expect(contentsOf(store, id)).toEqual(contentsOf(direct, id));
    }
    expect(store.listExercises()).toEqual(direct.listExercises());
    expect(sqlite.readEvents('ex-1').map((event) => event.seq)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
    expect(store.loadExercise('ex-1')?.snapshot).toEqual({ seq: 40, snapshot: { upTo: 40 } });
  });

  it('reads back the same in a fresh store that preloads from the database', async () => {
    const sqlite = openBackend();
    const first = new MirroredStore(asyncStore(sqlite), { onLost: noLoss });
    writeEverything(first);
    await first.whenDurable();

    const second = new MirroredStore(asyncStore(sqlite), { onLost: noLoss });
    expect(second.listExercises()).toEqual([]);
    expect(await second.preload('ex-1')).toBe(true);
    expect(await second.preload('ex-2')).toBe(true);
    for (const id of ['ex-1', 'ex-2']) {
      expect(contentsOf(second, id)).toEqual(contentsOf(first, id));
    }
    expect(second.listExercises()).toEqual(first.listExercises());
    expect(second.findExerciseByJoinCode('ABC123')?.id).toBe('ex-1');
    // And it carries on where the first left off.
    second.appendEvent('ex-2', storedEvent(2));
    await second.whenDurable('ex-2');
    expect(sqlite.readEvents('ex-2')).toEqual([storedEvent(1), storedEvent(2)]);
  });

  it('refuses at once what SQLite refuses, and nothing refused reaches the database', async () => {
    const sqlite = openBackend();
    const store = new MirroredStore(asyncStore(sqlite), { onLost: noLoss });
    const direct = openBackend();
    const refusals = (target: ExerciseStore): (string | null)[] => {
      const attempt = (write: () => void): string | null => {
        try {
          write();
          return null;
        } catch (error) {
          if (!(error instanceof Error)) return 'not an Error';
          return error instanceof StoreConflictError ? `conflict: ${error.message}` : error.message;
        }
      };
      target.createExercise(exerciseRecord('ex-1', 'ABC123'));
      target.appendEvent('ex-1', storedEvent(1), { id: 'cmd-1', sender: 'facilitator' });
      target.appendChat(chatRecord('ex-1', 'm-1', 5));
      target.recordFork('ex-1', { exerciseId: 'ex-0', move: 1 });
      return [
        attempt(() => target.createExercise(exerciseRecord('ex-2', 'ABC123'))),
        attempt(() => target.appendEvent('ex-1', storedEvent(1))),
        attempt(() => target.appendEvent('ex-1', storedEvent(3))),
        attempt(() =>
          target.appendEvent('ex-1', storedEvent(2), { id: 'cmd-1', sender: 'facilitator' }),
        ),
        attempt(() => target.recordCommand('ex-1', { id: 'cmd-1', sender: 'player:p' })),
        attempt(() => target.appendChat(chatRecord('ex-1', 'm-1', 6))),
        attempt(() => target.recordFork('ex-1', { exerciseId: 'ex-0', move: 2 })),
        attempt(() => target.appendEvent('ex-1', storedEvent(2))),
      ];
    };
    const expected = refusals(direct);
    expect(expected).toEqual([
      'UNIQUE constraint failed: exercises.join_code',
      'conflict: event 1 of exercise ex-1 does not follow event 1',
      'conflict: event 3 of exercise ex-1 does not follow event 1',
      'UNIQUE constraint failed: applied_commands.exercise_id, applied_commands.command_id',
      'UNIQUE constraint failed: applied_commands.exercise_id, applied_commands.command_id',
      'UNIQUE constraint failed: chat.id',
      'UNIQUE constraint failed: forks.exercise_id',
      null,
    ]);
    expect(refusals(store)).toEqual(expected);
    await store.whenDurable();
    expect(contentsOf(sqlite, 'ex-1')).toEqual(contentsOf(direct, 'ex-1'));
    expect(contentsOf(store, 'ex-1')).toEqual(contentsOf(direct, 'ex-1'));
  });

  it('loses an exercise the database refuses (another process took its join code)', async () => {
    const sqlite = openBackend();
    sqlite.createExercise(exerciseRecord('ex-elsewhere', 'ABC123'));
    const lost: string[] = [];
    const store = new MirroredStore(asyncStore(sqlite), {
      onLost: (exerciseId, error) => lost.push(`${exerciseId}: ${error.message}`),
    });
    // Not held here, so memory cannot see the clash: the database does.
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.appendEvent('ex-1', storedEvent(1));
    await expect(store.whenDurable('ex-1')).rejects.toThrow(/UNIQUE/);
    expect(lost).toEqual(['ex-1: UNIQUE constraint failed: exercises.join_code']);
    expect(store.holds('ex-1')).toBe(false);
    expect(sqlite.findExercise('ex-1')).toBeUndefined();
    expect(sqlite.readEvents('ex-1')).toEqual([]);
  });
});

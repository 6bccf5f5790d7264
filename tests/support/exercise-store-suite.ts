import { afterEach, describe, expect, it } from 'vitest';
import type { AsyncExerciseStore } from '../../server/src/store/async-exercise-store';
import type {
  ChatRecord,
  ExerciseRecord,
  PlayerRecord,
} from '../../server/src/store/exercise-store';
import { StoreConflictError } from '../../server/src/store/exercise-store';

export const exercise = (id: string, joinCode: string): ExerciseRecord => ({
  id,
  scenarioId: 'us-mexico-2026',
  scenarioVersion: 1,
  seed: 42,
  joinCode,
  facilitatorKeyHash: `hash-of-${id}`,
  settings: { practice: true, timing: { decisionMinutes: 5 } },
  status: 'active',
  createdAt: 1_000,
  endedAt: null,
});

export const player = (id: string, exerciseId: string, joinedAt: number): PlayerRecord => ({
  id,
  exerciseId,
  tokenHash: `token-of-${id}`,
  name: 'Ana',
  team: 'mexico-city',
  isLead: false,
  joinedAt,
  removed: false,
  kind: 'person',
});

export const chat = (id: string, exerciseId: string, text: string, at: number): ChatRecord => ({
  id,
  exerciseId,
  channel: 'team:washington',
  sender: 'p-1',
  text,
  at,
  move: 1,
  phase: 'deliberation',
});

/** Both backends say so in their own words (SQLite "UNIQUE constraint", PostgreSQL "unique constraint"). */
const UNIQUE = /unique/i;

/**
 * What every exercise store does, whatever holds it: run over SQLite (through
 * asyncStore) and over PostgreSQL. `open` gives a store on an empty database;
 * `cleanup` (after each test, the store closed) empties it again.
 */
export function describeExerciseStore(
  name: string,
  open: () => Promise<AsyncExerciseStore>,
  cleanup: () => Promise<void> = () => Promise.resolve(),
): void {
  describe(name, () => {
    const opened: AsyncExerciseStore[] = [];
    const openStore = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    /** A store holding ex-1 (join code ABC123). */
    const storeWithExercise = async () => {
      const store = await openStore();
      await store.createExercise(exercise('ex-1', 'ABC123'));
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await cleanup();
    });

    it('keeps an exercise and finds it by id and by join code', async () => {
      const store = await storeWithExercise();
      expect(await store.findExercise('ex-1')).toEqual(exercise('ex-1', 'ABC123'));
      expect((await store.findExerciseByJoinCode('ABC123'))?.id).toBe('ex-1');
      expect(await store.findExercise('missing')).toBeUndefined();
      expect(await store.findExerciseByJoinCode('NOPE00')).toBeUndefined();
    });

    it('refuses a second exercise with the same join code', async () => {
      const store = await storeWithExercise();
      await expect(store.createExercise(exercise('ex-2', 'ABC123'))).rejects.toThrow(UNIQUE);
      expect(await store.findExercise('ex-2')).toBeUndefined();
    });

    it('lists the exercises by creation time, then by id', async () => {
      const store = await openStore();
      await store.createExercise({ ...exercise('ex-b', 'BBB222'), createdAt: 2_000 });
      await store.createExercise({ ...exercise('ex-c', 'CCC333'), createdAt: 1_000 });
      await store.createExercise({ ...exercise('ex-a', 'AAA111'), createdAt: 2_000 });
      // Ids compare by their characters' codes: upper case before lower case.
      await store.createExercise({ ...exercise('ex-Z', 'ZZZ999'), createdAt: 2_000 });
      expect((await store.listExercises()).map((record) => record.id)).toEqual([
        'ex-c',
        'ex-Z',
        'ex-a',
        'ex-b',
      ]);
    });

    it('appends events in order and refuses a gap or a repeat', async () => {
      const store = await storeWithExercise();
      await store.appendEvent('ex-1', { seq: 1, at: 10, event: { type: 'facilitator.start' } });
      await store.appendEvent('ex-1', { seq: 2, at: 20, event: { type: 'facilitator.advance' } });
      await expect(store.appendEvent('ex-1', { seq: 2, at: 30, event: {} })).rejects.toThrow(
        StoreConflictError,
      );
      await expect(store.appendEvent('ex-1', { seq: 4, at: 30, event: {} })).rejects.toThrow(
        'event 4 of exercise ex-1 does not follow event 2',
      );
      expect((await store.readEvents('ex-1')).map((event) => event.seq)).toEqual([1, 2]);
    });

    it('takes one of two appends of the same seq at once and refuses the other', async () => {
      const store = await storeWithExercise();
      const results = await Promise.allSettled([
        store.appendEvent('ex-1', { seq: 1, at: 10, event: { by: 'first' } }),
        store.appendEvent('ex-1', { seq: 1, at: 11, event: { by: 'second' } }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((result) => result.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect(refused[0]?.reason).toBeInstanceOf(StoreConflictError);
      expect(await store.readEvents('ex-1')).toHaveLength(1);
    });

    it('loads the newest snapshot and only the events after it', async () => {
      const store = await storeWithExercise();
      for (let seq = 1; seq <= 5; seq += 1) {
        await store.appendEvent('ex-1', { seq, at: seq * 10, event: { n: seq } });
      }
      await store.saveSnapshot('ex-1', { seq: 2, snapshot: { upTo: 2 } });
      await store.saveSnapshot('ex-1', { seq: 4, snapshot: { upTo: 'four' } });
      // Saved again at one seq, a snapshot replaces the one there.
      await store.saveSnapshot('ex-1', { seq: 4, snapshot: { upTo: 4 } });
      const loaded = await store.loadExercise('ex-1');
      expect(loaded?.record).toEqual(exercise('ex-1', 'ABC123'));
      expect(loaded?.snapshot).toEqual({ seq: 4, snapshot: { upTo: 4 } });
      expect(loaded?.events).toEqual([{ seq: 5, at: 50, event: { n: 5 } }]);
      expect(await store.loadExercise('missing')).toBeUndefined();
    });

    it('loads every event when there is no snapshot', async () => {
      const store = await storeWithExercise();
      await store.appendEvent('ex-1', { seq: 1, at: 10, event: { n: 1 } });
      const loaded = await store.loadExercise('ex-1');
      expect(loaded?.snapshot).toBeUndefined();
      expect(loaded?.events).toEqual([{ seq: 1, at: 10, event: { n: 1 } }]);
    });

    it('keeps the roster in order of arrival, updating a player in place', async () => {
      const store = await storeWithExercise();
      const ana = player('p-1', 'ex-1', 5);
      await store.savePlayer(ana);
      await store.savePlayer({ ...player('p-0', 'ex-1', 9), name: 'Ben' });
      await store.savePlayer({ ...ana, isLead: true, team: 'washington', joinedAt: 99 });
      expect(await store.listPlayers('ex-1')).toEqual([
        // An update keeps the seat's first arrival.
        { ...ana, isLead: true, team: 'washington' },
        { ...player('p-0', 'ex-1', 9), name: 'Ben' },
      ]);
      // The projector route marks a seat it recognises by its token in place.
      await store.savePlayer({ ...ana, kind: 'projector', team: null, removed: true });
      expect((await store.listPlayers('ex-1'))[0]).toEqual({
        ...ana,
        kind: 'projector',
        team: null,
        removed: true,
      });
      expect(await store.listPlayers('ex-2')).toEqual([]);
    });

    it('keeps chat stamped with move and phase, in order of time then of arrival', async () => {
      const store = await storeWithExercise();
      await store.appendChat(chat('m-2', 'ex-1', 'second', 20));
      await store.appendChat(chat('m-1', 'ex-1', 'first', 10));
      await store.appendChat(chat('m-0', 'ex-1', 'third, same millisecond', 20));
      expect((await store.listChat('ex-1')).map((message) => message.text)).toEqual([
        'first',
        'second',
        'third, same millisecond',
      ]);
      expect((await store.listChat('ex-1'))[0]).toEqual(chat('m-1', 'ex-1', 'first', 10));
    });

    it('marks an exercise ended and deletes it with everything it holds', async () => {
      const store = await storeWithExercise();
      await store.appendEvent('ex-1', { seq: 1, at: 10, event: {} }, { id: 'c-1', sender: 'x' });
      await store.saveSnapshot('ex-1', { seq: 1, snapshot: {} });
      await store.savePlayer(player('p-1', 'ex-1', 5));
      await store.appendChat(chat('m-1', 'ex-1', 'hello', 10));
      await store.recordFork('ex-1', { exerciseId: 'ex-0', move: 2 });
      await store.saveWhatIf('ex-1', { method: 1, computedAt: 100, analysis: null });
      await store.markEnded('ex-1', 99);
      expect(await store.findExercise('ex-1')).toMatchObject({ status: 'ended', endedAt: 99 });
      await store.deleteExercise('ex-1');
      expect(await store.findExercise('ex-1')).toBeUndefined();
      expect(await store.readEvents('ex-1')).toEqual([]);
      expect(await store.listPlayers('ex-1')).toEqual([]);
      expect(await store.listChat('ex-1')).toEqual([]);
      expect(await store.listCommands('ex-1')).toEqual([]);
      expect(await store.findFork('ex-1')).toBeUndefined();
      expect(await store.findWhatIf('ex-1')).toBeUndefined();
      // Its join code is free again.
      await store.createExercise(exercise('ex-2', 'ABC123'));
      expect((await store.loadExercise('ex-2'))?.snapshot).toBeUndefined();
    });

    it('remembers who applied a command id, once per exercise', async () => {
      const store = await storeWithExercise();
      await store.createExercise(exercise('ex-2', 'DEF456'));
      await store.recordCommand('ex-1', { id: 'cmd-1', sender: 'player:p-1' });
      expect(await store.findCommand('ex-1', 'cmd-1')).toBe('player:p-1');
      expect(await store.findCommand('ex-2', 'cmd-1')).toBeUndefined();
      await expect(
        store.recordCommand('ex-1', { id: 'cmd-1', sender: 'facilitator' }),
      ).rejects.toThrow(UNIQUE);
      // An event's command id is kept with the event, in the same transaction.
      await store.appendEvent(
        'ex-2',
        { seq: 1, at: 10, event: {} },
        { id: 'cmd-2', sender: 'facilitator' },
      );
      expect(await store.findCommand('ex-2', 'cmd-2')).toBe('facilitator');
      await expect(
        store.appendEvent(
          'ex-2',
          { seq: 2, at: 11, event: {} },
          { id: 'cmd-2', sender: 'facilitator' },
        ),
      ).rejects.toThrow(UNIQUE);
      expect((await store.readEvents('ex-2')).map((event) => event.seq)).toEqual([1]);
    });

    it("lists an exercise's command ids, the engine's and the others, by id", async () => {
      const store = await storeWithExercise();
      await store.createExercise(exercise('ex-2', 'DEF456'));
      await store.recordCommand('ex-1', { id: 'chat-9', sender: 'player:p-1' });
      await store.appendEvent(
        'ex-1',
        { seq: 1, at: 1, event: {} },
        { id: 'Start', sender: 'facilitator' },
      );
      await store.appendEvent('ex-1', { seq: 2, at: 2, event: {} });
      await store.recordCommand('ex-1', { id: 'chat-10', sender: 'player:p-2' });
      await store.recordCommand('ex-2', { id: 'elsewhere', sender: 'facilitator' });
      expect(await store.listCommands('ex-1')).toEqual([
        { id: 'Start', sender: 'facilitator' },
        { id: 'chat-10', sender: 'player:p-2' },
        { id: 'chat-9', sender: 'player:p-1' },
      ]);
      expect(await store.listCommands('missing')).toEqual([]);
    });

    it('remembers where a fork came from', async () => {
      const store = await storeWithExercise();
      await store.createExercise(exercise('ex-2', 'DEF456'));
      await store.recordFork('ex-2', { exerciseId: 'ex-1', move: 3 });
      expect(await store.findFork('ex-2')).toEqual({ exerciseId: 'ex-1', move: 3 });
      expect(await store.findFork('ex-1')).toBeUndefined();
      // The original may go: the fork still says where it came from.
      await store.deleteExercise('ex-1');
      expect(await store.findFork('ex-2')).toEqual({ exerciseId: 'ex-1', move: 3 });
    });

    it('keeps one what-if analysis per exercise, replaced when computed again', async () => {
      const store = await storeWithExercise();
      expect(await store.findWhatIf('ex-1')).toBeUndefined();
      await store.saveWhatIf('ex-1', { method: 1, computedAt: 100, analysis: null });
      expect(await store.findWhatIf('ex-1')).toEqual({
        method: 1,
        computedAt: 100,
        analysis: null,
      });
      const analysis = { teams: [{ id: 'washington', luck: -0.25 }], verdict: 'choices' };
      await store.saveWhatIf('ex-1', { method: 2, computedAt: 200, analysis });
      expect(await store.findWhatIf('ex-1')).toEqual({ method: 2, computedAt: 200, analysis });
    });

    it('loads everything of one exercise at once, and nothing of the others', async () => {
      const store = await storeWithExercise();
      await store.createExercise(exercise('ex-2', 'DEF456'));
      for (const id of ['ex-1', 'ex-2']) {
        await store.appendEvent(
          id,
          { seq: 1, at: 10, event: { id } },
          { id: 'go', sender: 'facilitator' },
        );
        await store.appendEvent(id, { seq: 2, at: 20, event: { n: 2 } });
        await store.savePlayer(player(`p-${id}`, id, 5));
        await store.appendChat(chat(`m-${id}`, id, 'hello', 10));
      }
      await store.saveSnapshot('ex-1', { seq: 1, snapshot: { upTo: 1 } });
      await store.recordCommand('ex-1', { id: 'chat-1', sender: 'player:p-ex-1' });
      await store.recordFork('ex-1', { exerciseId: 'ex-0', move: 2 });
      const whatIf = { method: 1, computedAt: 300, analysis: { verdict: 'dice' } };
      await store.saveWhatIf('ex-1', whatIf);

      expect(await store.loadHoldings('ex-1')).toEqual({
        record: exercise('ex-1', 'ABC123'),
        // Every event, the snapshot notwithstanding.
        events: [
          { seq: 1, at: 10, event: { id: 'ex-1' } },
          { seq: 2, at: 20, event: { n: 2 } },
        ],
        snapshot: { seq: 1, snapshot: { upTo: 1 } },
        players: [player('p-ex-1', 'ex-1', 5)],
        chat: [chat('m-ex-1', 'ex-1', 'hello', 10)],
        commands: [
          { id: 'chat-1', sender: 'player:p-ex-1' },
          { id: 'go', sender: 'facilitator' },
        ],
        fork: { exerciseId: 'ex-0', move: 2 },
        whatIf,
      });
      const other = await store.loadHoldings('ex-2');
      expect(other).toMatchObject({ snapshot: undefined, fork: undefined, whatIf: undefined });
      expect(other?.commands).toEqual([{ id: 'go', sender: 'facilitator' }]);
      expect(await store.loadHoldings('missing')).toBeUndefined();
    });
  });
}

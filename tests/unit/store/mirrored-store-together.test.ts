import { describe, expect, it } from 'vitest';
import {
  asyncStore,
  type AsyncExerciseStore,
  type StoreWrites,
} from '../../../server/src/store/async-exercise-store';
import { MirroredStore } from '../../../server/src/store/mirrored-store';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { chatRecord, exerciseRecord, playerRecord } from '../../support/store-records';

/** SQLite behind the asynchronous interface, with `together` seen: each group's writes by name. */
function groupingBackend(failGroups = false) {
  const plain = asyncStore(openSqliteStore(':memory:'));
  const groups: string[][] = [];
  const single: string[] = [];
  const spy = (names: string[]): StoreWrites =>
    new Proxy(plain, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]): unknown => {
          names.push(String(property));
          return Reflect.apply(value, target, args);
        };
      },
    });
  const backend: AsyncExerciseStore = {
    ...plain,
    appendChat: (message) => {
      single.push('appendChat');
      return plain.appendChat(message);
    },
    recordCommand: (id, command) => {
      single.push('recordCommand');
      return plain.recordCommand(id, command);
    },
    together: async (_exerciseId, group) => {
      const names: string[] = [];
      groups.push(names);
      if (failGroups) throw new Error('the transaction was rolled back');
      await group(spy(names));
    },
  };
  return { backend, plain, groups, single };
}

describe('writes made together reach the database as one', () => {
  it('sends one group, in order, for the writes of one exercise inside `together`', async () => {
    const { backend, plain, groups, single } = groupingBackend();
    const store = new MirroredStore(backend, { onLost: () => undefined });
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    store.createExercise(exerciseRecord('ex-2', 'DEF456'));
    const answer = store.together('ex-1', () => {
      store.appendChat(chatRecord('ex-1', 'm-1', 10));
      store.savePlayer(playerRecord('ex-1', 'p-1', 5));
      // Another exercise's write is not part of the group.
      store.appendChat(chatRecord('ex-2', 'm-2', 10));
      store.together('ex-1', () =>
        store.recordCommand('ex-1', { id: 'c-1', sender: 'facilitator' }),
      );
      return 'done';
    });
    expect(answer).toBe('done');
    await store.whenDurable();
    expect(groups).toEqual([['appendChat', 'savePlayer', 'recordCommand']]);
    expect(single).toEqual(['appendChat']);
    expect(await plain.findCommand('ex-1', 'c-1')).toBe('facilitator');
    expect((await plain.listChat('ex-1')).map((message) => message.id)).toEqual(['m-1']);
  });

  it('keeps what a change that threw had written, in memory and in the database alike', async () => {
    const { backend, plain, groups } = groupingBackend();
    const store = new MirroredStore(backend, { onLost: () => undefined });
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    expect(() =>
      store.together('ex-1', () => {
        store.appendChat(chatRecord('ex-1', 'm-1', 10));
        throw new Error('a rule failed halfway');
      }),
    ).toThrow('a rule failed halfway');
    await store.whenDurable();
    expect(groups).toEqual([['appendChat']]);
    expect(store.listChat('ex-1').map((message) => message.id)).toEqual(['m-1']);
    expect((await plain.listChat('ex-1')).map((message) => message.id)).toEqual(['m-1']);
  });

  it('loses the exercise when its group is refused, with none of the group written', async () => {
    const { backend, plain } = groupingBackend(true);
    const lost: string[] = [];
    const store = new MirroredStore(backend, { onLost: (id) => lost.push(id) });
    store.createExercise(exerciseRecord('ex-1', 'ABC123'));
    await store.whenDurable('ex-1');
    store.together('ex-1', () => {
      store.appendChat(chatRecord('ex-1', 'm-1', 10));
      store.recordCommand('ex-1', { id: 'c-1', sender: 'facilitator' });
    });
    await expect(store.whenDurable('ex-1')).rejects.toThrow('rolled back');
    expect(lost).toEqual(['ex-1']);
    expect(await plain.listChat('ex-1')).toEqual([]);
    expect(await plain.findCommand('ex-1', 'c-1')).toBeUndefined();
  });
});

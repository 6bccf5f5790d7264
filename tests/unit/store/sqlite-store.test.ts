import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asyncStore } from '../../../server/src/store/async-exercise-store';
import type { ExerciseStore } from '../../../server/src/store/exercise-store';
import { MIGRATIONS } from '../../../server/src/store/sqlite-schema';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import { describeExerciseStore, exercise } from '../../support/exercise-store-suite';

describeExerciseStore('the SQLite exercise store', () =>
  Promise.resolve(asyncStore(openSqliteStore(':memory:'))),
);

/** What only SQLite has: a file, and the migrations of databases older versions left. */
describe('the SQLite exercise store, on a file', () => {
  const opened: ExerciseStore[] = [];
  const open = (file: string) => {
    const store = openSqliteStore(file);
    opened.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
  });

  it("recognises an older database's projector seats: observers named Projector", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-store-'));
    const file = path.join(dir, 'old.db');
    // A database as version 4 left it: no kind of seat holder.
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 4)) old.exec(migration);
    old.pragma('user_version = 4');
    old
      .prepare(
        `INSERT INTO exercises (id, scenario_id, scenario_version, seed, join_code,
          facilitator_key_hash, settings, status, created_at) VALUES ('ex-1', 's', 1, 1, 'ABC123', 'h', '{}', 'active', 1)`,
      )
      .run();
    const insert = old.prepare(
      `INSERT INTO players (id, exercise_id, token_hash, name, team, is_lead, joined_at, removed)
       VALUES (?, 'ex-1', 'h', ?, ?, 0, ?, 0)`,
    );
    insert.run('p-ana', 'Ana', 'washington', 1);
    insert.run('p-guest', 'Guest', null, 2);
    insert.run('p-screen', 'Projector', null, 3);
    insert.run('p-screen-2', 'Projector 2', null, 4);
    // A player of a team called so is a person: the projector route seats observers only.
    insert.run('p-team', 'Projector 3', 'cartels', 5);
    insert.run('p-named', 'Projectors fan', null, 6);
    old.close();

    const store = open(file);
    expect(store.listPlayers('ex-1').map((player) => [player.id, player.kind])).toEqual([
      ['p-ana', 'person'],
      ['p-guest', 'person'],
      ['p-screen', 'projector'],
      ['p-screen-2', 'projector'],
      ['p-team', 'person'],
      ['p-named', 'person'],
    ]);
  });

  it("copies an older database's engine command ids into the one table of applied ids", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-store-'));
    const file = path.join(dir, 'old.db');
    // A database as version 3 left it: engine command ids only in the log.
    const old = new Database(file);
    for (const migration of MIGRATIONS.slice(0, 3)) old.exec(migration);
    old.pragma('user_version = 3');
    old
      .prepare(
        `INSERT INTO exercises (id, scenario_id, scenario_version, seed, join_code,
          facilitator_key_hash, settings, status, created_at) VALUES ('ex-1', 's', 1, 1, 'ABC123', 'h', '{}', 'active', 1)`,
      )
      .run();
    const insert = old.prepare(
      'INSERT INTO events (exercise_id, seq, at, event) VALUES (?, ?, ?, ?)',
    );
    const payload = (commandId: string | null, sender: object) =>
      JSON.stringify({ event: { type: 'x', at: 1 }, commandId, sender });
    insert.run('ex-1', 1, 1, payload('start-1', { kind: 'facilitator' }));
    insert.run('ex-1', 2, 2, payload('decide-1', { kind: 'player', playerId: 'p-1' }));
    insert.run('ex-1', 3, 3, payload(null, { kind: 'bot', team: 'cartels' }));
    old.close();

    const store = open(file);
    expect(store.findCommand('ex-1', 'start-1')).toBe('facilitator');
    expect(store.findCommand('ex-1', 'decide-1')).toBe('player:p-1');
    expect(store.findCommand('ex-1', 'other')).toBeUndefined();
  });

  it('keeps what it committed when the file is opened again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'borderline-store-'));
    const file = path.join(dir, 'borderline.db');
    const first = openSqliteStore(file);
    first.createExercise(exercise('ex-1', 'ABC123'));
    first.appendEvent('ex-1', { seq: 1, at: 10, event: { type: 'facilitator.start' } });
    first.close();
    const second = open(file);
    expect(second.loadExercise('ex-1')?.events).toEqual([
      { seq: 1, at: 10, event: { type: 'facilitator.start' } },
    ]);
    expect(second.listExercises().map((e) => e.id)).toEqual(['ex-1']);
  });
});

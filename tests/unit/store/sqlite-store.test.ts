import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseRecord, ExerciseStore } from '../../../server/src/store/exercise-store';
import { StoreConflictError } from '../../../server/src/store/exercise-store';
import { MIGRATIONS } from '../../../server/src/store/sqlite-schema';
import { openSqliteStore } from '../../../server/src/store/sqlite-store';
import Database from 'better-sqlite3';

const exercise = (id: string, joinCode: string): ExerciseRecord => ({
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

describe('the SQLite exercise store', () => {
  const opened: ExerciseStore[] = [];
  const open = (file = ':memory:') => {
    const store = openSqliteStore(file);
    opened.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
  });

  it('keeps an exercise and finds it by id and by join code', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    expect(store.findExercise('ex-1')).toEqual(exercise('ex-1', 'ABC123'));
    expect(store.findExerciseByJoinCode('ABC123')?.id).toBe('ex-1');
    expect(store.findExercise('missing')).toBeUndefined();
  });

  it('refuses a second exercise with the same join code', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    expect(() => store.createExercise(exercise('ex-2', 'ABC123'))).toThrow(/UNIQUE/);
  });

  it('appends events in order and refuses a gap or a repeat', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    store.appendEvent('ex-1', { seq: 1, at: 10, event: { type: 'facilitator.start' } });
    store.appendEvent('ex-1', { seq: 2, at: 20, event: { type: 'facilitator.advance' } });
    expect(() => store.appendEvent('ex-1', { seq: 2, at: 30, event: {} })).toThrow(
      StoreConflictError,
    );
    expect(() => store.appendEvent('ex-1', { seq: 4, at: 30, event: {} })).toThrow(
      'event 4 of exercise ex-1 does not follow event 2',
    );
    expect(store.readEvents('ex-1').map((event) => event.seq)).toEqual([1, 2]);
  });

  it('loads the newest snapshot and only the events after it', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    for (let seq = 1; seq <= 5; seq += 1) {
      store.appendEvent('ex-1', { seq, at: seq * 10, event: { n: seq } });
    }
    store.saveSnapshot('ex-1', { seq: 2, snapshot: { upTo: 2 } });
    store.saveSnapshot('ex-1', { seq: 4, snapshot: { upTo: 4 } });
    const loaded = store.loadExercise('ex-1');
    expect(loaded?.snapshot).toEqual({ seq: 4, snapshot: { upTo: 4 } });
    expect(loaded?.events).toEqual([{ seq: 5, at: 50, event: { n: 5 } }]);
  });

  it('loads every event when there is no snapshot', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    store.appendEvent('ex-1', { seq: 1, at: 10, event: { n: 1 } });
    const loaded = store.loadExercise('ex-1');
    expect(loaded?.snapshot).toBeUndefined();
    expect(loaded?.events).toHaveLength(1);
  });

  it('keeps the roster, updating a player in place', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    const player = {
      id: 'p-1',
      exerciseId: 'ex-1',
      tokenHash: 't',
      name: 'Ana',
      team: 'mexico-city',
      isLead: false,
      joinedAt: 5,
      removed: false,
      kind: 'person' as const,
    };
    store.savePlayer(player);
    store.savePlayer({ ...player, isLead: true, team: 'washington' });
    expect(store.listPlayers('ex-1')).toEqual([{ ...player, isLead: true, team: 'washington' }]);
    // The projector route marks a seat it recognises by its token in place.
    store.savePlayer({ ...player, kind: 'projector', team: null });
    expect(store.listPlayers('ex-1')).toEqual([{ ...player, kind: 'projector', team: null }]);
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

  it('keeps chat stamped with move and phase, in order', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    const message = {
      exerciseId: 'ex-1',
      channel: 'team:washington',
      sender: 'p-1',
      move: 1,
      phase: 'deliberation',
    };
    store.appendChat({ ...message, id: 'm-2', text: 'second', at: 20 });
    store.appendChat({ ...message, id: 'm-1', text: 'first', at: 10 });
    expect(store.listChat('ex-1').map((m) => m.text)).toEqual(['first', 'second']);
    expect(store.listChat('ex-1')[0]).toMatchObject({ move: 1, phase: 'deliberation' });
  });

  it('marks an exercise ended and deletes it with everything it holds', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    store.appendEvent('ex-1', { seq: 1, at: 10, event: {} });
    store.markEnded('ex-1', 99);
    expect(store.findExercise('ex-1')).toMatchObject({ status: 'ended', endedAt: 99 });
    store.deleteExercise('ex-1');
    expect(store.findExercise('ex-1')).toBeUndefined();
    expect(store.readEvents('ex-1')).toEqual([]);
  });

  it('remembers who applied a command id, once per exercise', () => {
    const store = open();
    store.createExercise(exercise('ex-1', 'ABC123'));
    store.createExercise(exercise('ex-2', 'DEF456'));
    store.recordCommand('ex-1', { id: 'cmd-1', sender: 'player:p-1' });
    expect(store.findCommand('ex-1', 'cmd-1')).toBe('player:p-1');
    expect(store.findCommand('ex-2', 'cmd-1')).toBeUndefined();
    expect(() => store.recordCommand('ex-1', { id: 'cmd-1', sender: 'facilitator' })).toThrow(
      /UNIQUE|PRIMARY/,
    );
    // An event's command id is kept with the event, in the same transaction.
    store.appendEvent(
      'ex-2',
      { seq: 1, at: 10, event: {} },
      { id: 'cmd-2', sender: 'facilitator' },
    );
    expect(store.findCommand('ex-2', 'cmd-2')).toBe('facilitator');
    expect(() =>
      store.appendEvent(
        'ex-2',
        { seq: 2, at: 11, event: {} },
        { id: 'cmd-2', sender: 'facilitator' },
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(store.readEvents('ex-2').map((event) => event.seq)).toEqual([1]);
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

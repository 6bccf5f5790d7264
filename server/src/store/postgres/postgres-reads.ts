import type { ExerciseHoldings } from '../async-exercise-store';
import type {
  AppliedCommand,
  ChatRecord,
  ExerciseRecord,
  ForkOrigin,
  LoadedExercise,
  PlayerRecord,
  StoredEvent,
  StoredSnapshot,
  StoredWhatIf,
} from '../exercise-store';
import {
  COLUMNS,
  toChat,
  toCommand,
  toEvent,
  toExercise,
  toFork,
  toPlayer,
  toSnapshot,
  toWhatIf,
  type ChatRow,
  type CommandRow,
  type EventRow,
  type ExerciseRow,
  type ForkRow,
  type PlayerRow,
  type SnapshotRow,
  type WhatIfRow,
} from './postgres-rows';
import type { Queryable } from './postgres-transaction';

/**
 * The store's reads, each on the pool or on one transaction (loadHoldings
 * runs them all on one). Orders are SQLite's: text ids compare by their
 * bytes (COLLATE "C", SQLite's BINARY), not by the database's locale.
 */
async function first<Row extends object, Value>(
  result: Promise<{ rows: Row[] }>,
  map: (row: Row) => Value,
): Promise<Value | undefined> {
  const row = (await result).rows[0];
  return row === undefined ? undefined : map(row);
}

export const readExercise = (db: Queryable, id: string): Promise<ExerciseRecord | undefined> =>
  first(
    db.query<ExerciseRow>(`SELECT ${COLUMNS.exercise} FROM exercises WHERE id = $1`, [id]),
    toExercise,
  );

export const readExerciseByJoinCode = (
  db: Queryable,
  joinCode: string,
): Promise<ExerciseRecord | undefined> =>
  first(
    db.query<ExerciseRow>(`SELECT ${COLUMNS.exercise} FROM exercises WHERE join_code = $1`, [
      joinCode,
    ]),
    toExercise,
  );

export async function readExercises(db: Queryable): Promise<ExerciseRecord[]> {
  const { rows } = await db.query<ExerciseRow>(
    `SELECT ${COLUMNS.exercise} FROM exercises ORDER BY created_at, id COLLATE "C"`,
  );
  return rows.map(toExercise);
}

/** The exercise's events after `afterSeq` (0: all of them), in order. */
export async function readEvents(
  db: Queryable,
  exerciseId: string,
  afterSeq = 0,
): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    'SELECT seq, at, event FROM events WHERE exercise_id = $1 AND seq > $2 ORDER BY seq',
    [exerciseId, afterSeq],
  );
  return rows.map(toEvent);
}

export const readLatestSnapshot = (
  db: Queryable,
  exerciseId: string,
): Promise<StoredSnapshot | undefined> =>
  first(
    db.query<SnapshotRow>(
      'SELECT seq, snapshot FROM snapshots WHERE exercise_id = $1 ORDER BY seq DESC LIMIT 1',
      [exerciseId],
    ),
    toSnapshot,
  );

export async function readPlayers(db: Queryable, exerciseId: string): Promise<PlayerRecord[]> {
  const { rows } = await db.query<PlayerRow>(
    `SELECT ${COLUMNS.player} FROM players WHERE exercise_id = $1 ORDER BY joined_at, id COLLATE "C"`,
    [exerciseId],
  );
  return rows.map(toPlayer);
}

export async function readChat(db: Queryable, exerciseId: string): Promise<ChatRecord[]> {
  const { rows } = await db.query<ChatRow>(
    `SELECT ${COLUMNS.chat} FROM chat WHERE exercise_id = $1 ORDER BY at, position`,
    [exerciseId],
  );
  return rows.map(toChat);
}

export async function readCommands(db: Queryable, exerciseId: string): Promise<AppliedCommand[]> {
  const { rows } = await db.query<CommandRow>(
    'SELECT command_id, sender FROM applied_commands WHERE exercise_id = $1 ORDER BY command_id COLLATE "C"',
    [exerciseId],
  );
  return rows.map(toCommand);
}

export const readCommandSender = (
  db: Queryable,
  exerciseId: string,
  commandId: string,
): Promise<string | undefined> =>
  first(
    db.query<{ sender: string }>(
      'SELECT sender FROM applied_commands WHERE exercise_id = $1 AND command_id = $2',
      [exerciseId, commandId],
    ),
    (row) => row.sender,
  );

export const readFork = (db: Queryable, exerciseId: string): Promise<ForkOrigin | undefined> =>
  first(
    db.query<ForkRow>('SELECT source_id, move FROM forks WHERE exercise_id = $1', [exerciseId]),
    toFork,
  );

export const readWhatIf = (db: Queryable, exerciseId: string): Promise<StoredWhatIf | undefined> =>
  first(
    db.query<WhatIfRow>(
      'SELECT method, computed_at, analysis FROM what_if WHERE exercise_id = $1',
      [exerciseId],
    ),
    toWhatIf,
  );

/** The record, the newest snapshot and the events after it (run in one snapshot transaction). */
export async function readLoadedExercise(
  db: Queryable,
  id: string,
): Promise<LoadedExercise | undefined> {
  const record = await readExercise(db, id);
  if (record === undefined) return undefined;
  const snapshot = await readLatestSnapshot(db, id);
  const events = await readEvents(db, id, snapshot?.seq ?? 0);
  return { record, snapshot, events };
}

/**
 * Everything of one exercise (run in one snapshot transaction). One query
 * after another: node-postgres runs one query at a time on a connection.
 */
export async function readHoldings(
  db: Queryable,
  id: string,
): Promise<ExerciseHoldings | undefined> {
  const record = await readExercise(db, id);
  if (record === undefined) return undefined;
  return {
    record,
    events: await readEvents(db, id),
    snapshot: await readLatestSnapshot(db, id),
    players: await readPlayers(db, id),
    chat: await readChat(db, id),
    commands: await readCommands(db, id),
    fork: await readFork(db, id),
    whatIf: await readWhatIf(db, id),
  };
}

import Database from 'better-sqlite3';
import type {
  AppliedCommand,
  ChatRecord,
  ExerciseRecord,
  ExerciseStore,
  ForkOrigin,
  LoadedExercise,
  PlayerRecord,
  SeatHolderKind,
  StoredEvent,
  StoredSnapshot,
  StoredWhatIf,
} from './exercise-store';
import { StoreConflictError } from './exercise-store';
import { MIGRATIONS } from './sqlite-schema';

interface ExerciseRow {
  id: string;
  scenario_id: string;
  scenario_version: number;
  seed: number;
  join_code: string;
  facilitator_key_hash: string;
  settings: string;
  status: 'active' | 'ended';
  created_at: number;
  ended_at: number | null;
}
interface EventRow {
  seq: number;
  at: number;
  event: string;
}
interface SnapshotRow {
  seq: number;
  snapshot: string;
}
interface PlayerRow {
  id: string;
  exercise_id: string;
  token_hash: string;
  name: string;
  team: string | null;
  is_lead: number;
  joined_at: number;
  removed: number;
  kind: SeatHolderKind;
}
type ChatRow = Omit<ChatRecord, 'exerciseId'> & { exercise_id: string };

const toExercise = (row: ExerciseRow): ExerciseRecord => ({
  id: row.id,
  scenarioId: row.scenario_id,
  scenarioVersion: row.scenario_version,
  seed: row.seed,
  joinCode: row.join_code,
  facilitatorKeyHash: row.facilitator_key_hash,
  settings: JSON.parse(row.settings) as unknown,
  status: row.status,
  createdAt: row.created_at,
  endedAt: row.ended_at,
});
const toEvent = (row: EventRow): StoredEvent => ({
  seq: row.seq,
  at: row.at,
  event: JSON.parse(row.event) as unknown,
});
const toPlayer = (row: PlayerRow): PlayerRecord => ({
  id: row.id,
  exerciseId: row.exercise_id,
  tokenHash: row.token_hash,
  name: row.name,
  team: row.team,
  isLead: row.is_lead === 1,
  joinedAt: row.joined_at,
  removed: row.removed === 1,
  kind: row.kind,
});
const toChat = ({ exercise_id, ...rest }: ChatRow): ChatRecord => ({
  ...rest,
  exerciseId: exercise_id,
});

/**
 * The embedded default store: one SQLite file. WAL mode keeps every committed
 * event through a killed process; a write returns only once it is committed.
 */
export function openSqliteStore(file: string): ExerciseStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const statements = {
    insertExercise: db.prepare(
      `INSERT INTO exercises (id, scenario_id, scenario_version, seed, join_code, facilitator_key_hash, settings, status, created_at, ended_at)
       VALUES (@id, @scenarioId, @scenarioVersion, @seed, @joinCode, @facilitatorKeyHash, @settings, @status, @createdAt, @endedAt)`,
    ),
    exerciseById: db.prepare<[string], ExerciseRow>('SELECT * FROM exercises WHERE id = ?'),
    exerciseByCode: db.prepare<[string], ExerciseRow>(
      'SELECT * FROM exercises WHERE join_code = ?',
    ),
    allExercises: db.prepare<[], ExerciseRow>('SELECT * FROM exercises ORDER BY created_at, id'),
    markEnded: db.prepare(`UPDATE exercises SET status = 'ended', ended_at = ? WHERE id = ?`),
    deleteExercise: db.prepare('DELETE FROM exercises WHERE id = ?'),
    lastSeq: db.prepare<[string], { seq: number | null }>(
      'SELECT MAX(seq) AS seq FROM events WHERE exercise_id = ?',
    ),
    insertEvent: db.prepare('INSERT INTO events (exercise_id, seq, at, event) VALUES (?, ?, ?, ?)'),
    eventsAfter: db.prepare<[string, number], EventRow>(
      'SELECT seq, at, event FROM events WHERE exercise_id = ? AND seq > ? ORDER BY seq',
    ),
    insertSnapshot: db.prepare(
      'INSERT OR REPLACE INTO snapshots (exercise_id, seq, snapshot) VALUES (?, ?, ?)',
    ),
    latestSnapshot: db.prepare<[string], SnapshotRow>(
      'SELECT seq, snapshot FROM snapshots WHERE exercise_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    upsertPlayer: db.prepare(
      `INSERT INTO players (id, exercise_id, token_hash, name, team, is_lead, joined_at, removed, kind)
       VALUES (@id, @exerciseId, @tokenHash, @name, @team, @isLead, @joinedAt, @removed, @kind)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, team = excluded.team,
         is_lead = excluded.is_lead, removed = excluded.removed, token_hash = excluded.token_hash,
         kind = excluded.kind`,
    ),
    playersOf: db.prepare<[string], PlayerRow>(
      'SELECT * FROM players WHERE exercise_id = ? ORDER BY joined_at, id',
    ),
    insertChat: db.prepare(
      `INSERT INTO chat (id, exercise_id, channel, sender, text, at, move, phase)
       VALUES (@id, @exerciseId, @channel, @sender, @text, @at, @move, @phase)`,
    ),
    insertCommand: db.prepare(
      'INSERT INTO applied_commands (exercise_id, command_id, sender) VALUES (?, ?, ?)',
    ),
    commandsOf: db.prepare<[string], { command_id: string; sender: string }>(
      'SELECT command_id, sender FROM applied_commands WHERE exercise_id = ? ORDER BY command_id',
    ),
    commandSender: db.prepare<[string, string], { sender: string }>(
      'SELECT sender FROM applied_commands WHERE exercise_id = ? AND command_id = ?',
    ),
    insertFork: db.prepare('INSERT INTO forks (exercise_id, source_id, move) VALUES (?, ?, ?)'),
    forkOf: db.prepare<[string], { source_id: string; move: number }>(
      'SELECT source_id, move FROM forks WHERE exercise_id = ?',
    ),
    upsertWhatIf: db.prepare(
      'INSERT OR REPLACE INTO what_if (exercise_id, method, computed_at, analysis) VALUES (?, ?, ?, ?)',
    ),
    whatIfOf: db.prepare<[string], { method: number; computed_at: number; analysis: string }>(
      'SELECT method, computed_at, analysis FROM what_if WHERE exercise_id = ?',
    ),
    chatOf: db.prepare<[string], ChatRow>(
      'SELECT * FROM chat WHERE exercise_id = ? ORDER BY at, rowid',
    ),
  };

  const appendEvent = db.transaction(
    (exerciseId: string, event: StoredEvent, command: AppliedCommand | undefined) => {
      const last = statements.lastSeq.get(exerciseId)?.seq ?? 0;
      if (event.seq !== last + 1) {
        throw new StoreConflictError(
          `event ${event.seq} of exercise ${exerciseId} does not follow event ${last}`,
        );
      }
      statements.insertEvent.run(exerciseId, event.seq, event.at, JSON.stringify(event.event));
      if (command !== undefined)
        statements.insertCommand.run(exerciseId, command.id, command.sender);
    },
  );

  const loadExercise = db.transaction((id: string): LoadedExercise | undefined => {
    const row = statements.exerciseById.get(id);
    if (row === undefined) return undefined;
    const snapshotRow = statements.latestSnapshot.get(id);
    const snapshot: StoredSnapshot | undefined =
      snapshotRow === undefined
        ? undefined
        : { seq: snapshotRow.seq, snapshot: JSON.parse(snapshotRow.snapshot) as unknown };
    const events = statements.eventsAfter.all(id, snapshot?.seq ?? 0).map(toEvent);
    return { record: toExercise(row), snapshot, events };
  });

  return {
    createExercise(record) {
      statements.insertExercise.run({ ...record, settings: JSON.stringify(record.settings) });
    },
    findExercise: (id) => mapRow(statements.exerciseById.get(id), toExercise),
    findExerciseByJoinCode: (code) => mapRow(statements.exerciseByCode.get(code), toExercise),
    listExercises: () => statements.allExercises.all().map(toExercise),
    markEnded(id, at) {
      statements.markEnded.run(at, id);
    },
    deleteExercise(id) {
      statements.deleteExercise.run(id);
    },
    appendEvent: (exerciseId, event, command) => appendEvent(exerciseId, event, command),
    readEvents: (exerciseId) => statements.eventsAfter.all(exerciseId, 0).map(toEvent),
    saveSnapshot(exerciseId, { seq, snapshot }) {
      statements.insertSnapshot.run(exerciseId, seq, JSON.stringify(snapshot));
    },
    loadExercise: (id) => loadExercise(id),
    savePlayer(player) {
      statements.upsertPlayer.run({
        ...player,
        isLead: player.isLead ? 1 : 0,
        removed: player.removed ? 1 : 0,
      });
    },
    listPlayers: (exerciseId) => statements.playersOf.all(exerciseId).map(toPlayer),
    appendChat(message) {
      statements.insertChat.run(message);
    },
    listChat: (exerciseId) => statements.chatOf.all(exerciseId).map(toChat),
    recordCommand(exerciseId, command) {
      statements.insertCommand.run(exerciseId, command.id, command.sender);
    },
    listCommands: (exerciseId) =>
      statements.commandsOf
        .all(exerciseId)
        .map((row): AppliedCommand => ({ id: row.command_id, sender: row.sender })),
    findCommand: (exerciseId, commandId) =>
      statements.commandSender.get(exerciseId, commandId)?.sender,
    recordFork(exerciseId, origin) {
      statements.insertFork.run(exerciseId, origin.exerciseId, origin.move);
    },
    findFork: (exerciseId) =>
      mapRow(statements.forkOf.get(exerciseId), (row): ForkOrigin => ({
        exerciseId: row.source_id,
        move: row.move,
      })),
    saveWhatIf(exerciseId, { method, computedAt, analysis }) {
      statements.upsertWhatIf.run(exerciseId, method, computedAt, JSON.stringify(analysis));
    },
    findWhatIf: (exerciseId) =>
      mapRow(statements.whatIfOf.get(exerciseId), (row): StoredWhatIf => ({
        method: row.method,
        computedAt: row.computed_at,
        analysis: JSON.parse(row.analysis) as unknown,
      })),
    close() {
      db.close();
    },
  };
}

function mapRow<Row, Value>(row: Row | undefined, map: (row: Row) => Value): Value | undefined {
  return row === undefined ? undefined : map(row);
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let next = version; next < MIGRATIONS.length; next += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[next] ?? '');
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

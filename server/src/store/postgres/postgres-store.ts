import pg from 'pg';
import type { AsyncExerciseStore, StoreWrites } from '../async-exercise-store';
import { StoreConflictError } from '../exercise-store';
import { LeaseLostError } from '../lease-lost-error';
import { migratePostgres } from './postgres-migrations';
import {
  readChat,
  readCommandSender,
  readCommands,
  readEvents,
  readExercise,
  readExerciseByJoinCode,
  readExercises,
  readFork,
  readHoldings,
  readLoadedExercise,
  readPlayers,
  readWhatIf,
} from './postgres-reads';
import { jsonb } from './postgres-rows';
import { inTransaction, isUniqueViolation, type Queryable } from './postgres-transaction';

export interface PostgresStoreOptions {
  /**
   * The fencing token this process holds for an exercise's lease, or
   * undefined when it need not check (one process alone on the database).
   * With a token, each write of the exercise first checks, in its own
   * transaction, that the lease still carries it (LeaseLostError if not).
   */
  fence?: (exerciseId: string) => number | undefined;
  /** Pool settings (size, timeouts); the connection comes from the URL. */
  pool?: pg.PoolConfig;
}

export interface PostgresStore extends AsyncExerciseStore {
  /** The connections, shared with whatever else uses this database (the lease manager). */
  readonly pool: pg.Pool;
}

/** Reads that see one moment of the database, even as other processes write. */
const SNAPSHOT_READ = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * The event store on a PostgreSQL server, which several processes share:
 * each owns some exercises (its leases) and writes only those. Opening it
 * applies the migrations the database lacks. Semantics are SQLite's
 * (sqlite-store.ts); a write resolves once it is committed.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, ...options.pool });
  // An idle connection the server dropped (a restart) is discarded by the
  // pool and the next query opens another, or fails to its caller. Without
  // a listener the pool's 'error' event would end the process.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  /**
   * Runs one write of an exercise: fenced, in a transaction that first
   * locks the lease row against a change of owner until it commits; alone,
   * as a statement of its own unless `transaction` (several statements).
   */
  const write = async (
    exerciseId: string,
    work: (db: Queryable) => Promise<unknown>,
    transaction = false,
  ): Promise<void> => {
    const token = options.fence?.(exerciseId);
    if (token === undefined && !transaction) {
      await work(pool);
      return;
    }
    await inTransaction(pool, async (client) => {
      if (token !== undefined) await checkLease(client, exerciseId, token);
      await work(client);
    });
  };

  let closed: Promise<void> | undefined;

  const writes = writesThrough(write);

  return {
    pool,
    ...writes,
    findExercise: (id) => readExercise(pool, id),
    findExerciseByJoinCode: (code) => readExerciseByJoinCode(pool, code),
    listExercises: () => readExercises(pool),
    readEvents: (exerciseId) => readEvents(pool, exerciseId),
    loadExercise: (id) => inTransaction(pool, (db) => readLoadedExercise(db, id), SNAPSHOT_READ),
    listPlayers: (exerciseId) => readPlayers(pool, exerciseId),
    listChat: (exerciseId) => readChat(pool, exerciseId),
    findCommand: (exerciseId, commandId) => readCommandSender(pool, exerciseId, commandId),
    listCommands: (exerciseId) => readCommands(pool, exerciseId),
    findFork: (exerciseId) => readFork(pool, exerciseId),
    findWhatIf: (exerciseId) => readWhatIf(pool, exerciseId),
    loadHoldings: (exerciseId) =>
      inTransaction(pool, (db) => readHoldings(db, exerciseId), SNAPSHOT_READ),
    together: (exerciseId, group) =>
      // One transaction, fenced once; the group's writes run on its connection.
      write(
        exerciseId,
        (db) => group(writesThrough((_exerciseId, work) => work(db).then(() => undefined))),
        true,
      ),
    close: () => (closed ??= pool.end()),
  };
}

/** Runs one write of an exercise on the database (fenced, maybe in a transaction of its own). */
type WriteRunner = (
  exerciseId: string,
  work: (db: Queryable) => Promise<unknown>,
  transaction?: boolean,
) => Promise<void>;

/** The store's writes, each run by `write`: on the pool, or inside one transaction (`together`). */
function writesThrough(write: WriteRunner): StoreWrites {
  return {
    createExercise: (record) =>
      write(record.id, (db) =>
        db.query(
          `INSERT INTO exercises (id, scenario_id, scenario_version, seed, join_code, facilitator_key_hash, settings, status, created_at, ended_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            record.id,
            record.scenarioId,
            record.scenarioVersion,
            record.seed,
            record.joinCode,
            record.facilitatorKeyHash,
            jsonb(record.settings),
            record.status,
            record.createdAt,
            record.endedAt,
          ],
        ),
      ),
    markEnded: (id, at) =>
      write(id, (db) =>
        db.query(`UPDATE exercises SET status = 'ended', ended_at = $1 WHERE id = $2`, [at, id]),
      ),
    deleteExercise: (id) =>
      write(id, (db) => db.query('DELETE FROM exercises WHERE id = $1', [id])),
    appendEvent: (exerciseId, event, command) =>
      write(
        exerciseId,
        async (db) => {
          const { rows } = await db.query<{ seq: number | null }>(
            'SELECT MAX(seq) AS seq FROM events WHERE exercise_id = $1',
            [exerciseId],
          );
          const last = rows[0]?.seq ?? 0;
          if (event.seq !== last + 1) {
            throw new StoreConflictError(
              `event ${event.seq} of exercise ${exerciseId} does not follow event ${last}`,
            );
          }
          try {
            await db.query(
              'INSERT INTO events (exercise_id, seq, at, event) VALUES ($1, $2, $3, $4)',
              [exerciseId, event.seq, event.at, jsonb(event.event)],
            );
          } catch (error) {
            // Another writer appended the same seq between our read and our insert.
            if (isUniqueViolation(error, 'events_pkey')) {
              throw new StoreConflictError(
                `event ${event.seq} of exercise ${exerciseId} was appended meanwhile by another writer`,
              );
            }
            throw error;
          }
          if (command !== undefined)
            await insertCommand(db, exerciseId, command.id, command.sender);
        },
        true,
      ),
    saveSnapshot: (exerciseId, { seq, snapshot }) =>
      write(exerciseId, (db) =>
        db.query(
          `INSERT INTO snapshots (exercise_id, seq, snapshot) VALUES ($1, $2, $3)
           ON CONFLICT (exercise_id, seq) DO UPDATE SET snapshot = excluded.snapshot`,
          [exerciseId, seq, jsonb(snapshot)],
        ),
      ),
    savePlayer: (player) =>
      write(player.exerciseId, (db) =>
        db.query(
          `INSERT INTO players (id, exercise_id, token_hash, name, team, is_lead, joined_at, removed, kind)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, team = excluded.team,
             is_lead = excluded.is_lead, removed = excluded.removed, token_hash = excluded.token_hash,
             kind = excluded.kind`,
          [
            player.id,
            player.exerciseId,
            player.tokenHash,
            player.name,
            player.team,
            player.isLead,
            player.joinedAt,
            player.removed,
            player.kind,
          ],
        ),
      ),
    appendChat: (message) =>
      write(message.exerciseId, (db) =>
        db.query(
          `INSERT INTO chat (id, exercise_id, channel, sender, text, at, move, phase)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            message.id,
            message.exerciseId,
            message.channel,
            message.sender,
            message.text,
            message.at,
            message.move,
            message.phase,
          ],
        ),
      ),
    recordCommand: (exerciseId, command) =>
      write(exerciseId, (db) => insertCommand(db, exerciseId, command.id, command.sender)),
    recordFork: (exerciseId, origin) =>
      write(exerciseId, (db) =>
        db.query('INSERT INTO forks (exercise_id, source_id, move) VALUES ($1, $2, $3)', [
          exerciseId,
          origin.exerciseId,
          origin.move,
        ]),
      ),
    saveWhatIf: (exerciseId, { method, computedAt, analysis }) =>
      write(exerciseId, (db) =>
        db.query(
          `INSERT INTO what_if (exercise_id, method, computed_at, analysis) VALUES ($1, $2, $3, $4)
           ON CONFLICT (exercise_id) DO UPDATE SET method = excluded.method,
             computed_at = excluded.computed_at, analysis = excluded.analysis`,
          [exerciseId, method, computedAt, jsonb(analysis)],
        ),
      ),
  };
}

const insertCommand = (db: Queryable, exerciseId: string, commandId: string, sender: string) =>
  db.query('INSERT INTO applied_commands (exercise_id, command_id, sender) VALUES ($1, $2, $3)', [
    exerciseId,
    commandId,
    sender,
  ]);

/**
 * Throws LeaseLostError unless the exercise's lease still carries `token`.
 * FOR SHARE holds the row until the transaction ends: the lease manager
 * cannot hand the exercise to another owner while this write is under way.
 */
async function checkLease(db: Queryable, exerciseId: string, token: number): Promise<void> {
  const { rows } = await db.query<{ token: string }>(
    'SELECT token FROM exercise_leases WHERE exercise_id = $1 FOR SHARE',
    [exerciseId],
  );
  const current = rows[0] === undefined ? undefined : Number(rows[0].token);
  if (current !== token) throw new LeaseLostError(exerciseId, token, current);
}

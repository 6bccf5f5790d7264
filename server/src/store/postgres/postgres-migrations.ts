import type pg from 'pg';
import { inTransaction } from './postgres-transaction';

/**
 * The PostgreSQL database's tables, by version: a new version appends a
 * migration, `schema_migrations` says which have run. The tables are
 * SQLite's (sqlite-schema.ts) as its migrations leave them, written once:
 * JSON as jsonb, millisecond times as BIGINT, flags as booleans.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE exercises (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    seed BIGINT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    facilitator_key_hash TEXT NOT NULL,
    settings JSONB NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    created_at BIGINT NOT NULL,
    ended_at BIGINT
  );
  CREATE TABLE events (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    event JSONB NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (exercise_id, seq)
  );
  CREATE TABLE snapshots (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    snapshot JSONB NOT NULL,
    PRIMARY KEY (exercise_id, seq)
  );
  CREATE TABLE players (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    team TEXT,
    is_lead BOOLEAN NOT NULL,
    joined_at BIGINT NOT NULL,
    removed BOOLEAN NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'projector'))
  );
  CREATE INDEX players_by_exercise ON players (exercise_id, joined_at);
  -- position: the order of arrival, which SQLite's rowid gives (two messages of one millisecond).
  CREATE TABLE chat (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    at BIGINT NOT NULL,
    move INTEGER NOT NULL,
    phase TEXT NOT NULL,
    position BIGINT GENERATED ALWAYS AS IDENTITY
  );
  CREATE INDEX chat_by_exercise ON chat (exercise_id, at, position);
  CREATE TABLE applied_commands (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    command_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    PRIMARY KEY (exercise_id, command_id)
  );
  CREATE TABLE forks (
    exercise_id TEXT PRIMARY KEY REFERENCES exercises(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    move INTEGER NOT NULL
  );
  CREATE TABLE what_if (
    exercise_id TEXT PRIMARY KEY REFERENCES exercises(id) ON DELETE CASCADE,
    method INTEGER NOT NULL,
    computed_at BIGINT NOT NULL,
    analysis JSONB NOT NULL
  );
  `,
  // 2: which process owns which exercise, when several share the database.
  // Not tied to exercises: a lease may be taken before the exercise is
  // created, and outlive its deletion until it expires.
  `
  CREATE TABLE exercise_leases (
    exercise_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    address TEXT NOT NULL,
    token BIGINT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );
  `,
];

/**
 * Held (transaction-scoped) while the migrations run, so that processes
 * opening one database at once apply each migration once: the second waits,
 * then finds them recorded. Any fixed number would do; this one is
 * "borderline" on a phone keypad.
 */
export const MIGRATION_LOCK_KEY = 2_673_375_463;

/** Applies the migrations the database lacks, all in one transaction. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TIMESTAMPTZ NOT NULL
      )`,
    );
    const applied = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const done = new Set(applied.rows.map((row) => row.version));
    for (const [index, migration] of POSTGRES_MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      await client.query(migration);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
        version,
      ]);
    }
  });
}

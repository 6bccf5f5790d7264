/**
 * The database's tables, by version. A new version appends a migration; the
 * database's `user_version` says which have run.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE exercises (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    facilitator_key_hash TEXT NOT NULL,
    settings TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    created_at INTEGER NOT NULL,
    ended_at INTEGER
  );
  CREATE TABLE events (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (exercise_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE snapshots (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (exercise_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE players (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    team TEXT,
    is_lead INTEGER NOT NULL,
    joined_at INTEGER NOT NULL,
    removed INTEGER NOT NULL
  );
  CREATE INDEX players_by_exercise ON players (exercise_id, joined_at);
  CREATE TABLE chat (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    move INTEGER NOT NULL,
    phase TEXT NOT NULL
  );
  CREATE INDEX chat_by_exercise ON chat (exercise_id, at);
  `,
  // 2: ids of the commands that are not engine events (chat, drafts, seating),
  // so that one resent after a restart is still applied once.
  `
  CREATE TABLE applied_commands (
    exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    command_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    PRIMARY KEY (exercise_id, command_id)
  ) WITHOUT ROWID;
  `,
  // 3: where a forked exercise came from (the original may be deleted later).
  `
  CREATE TABLE forks (
    exercise_id TEXT PRIMARY KEY REFERENCES exercises(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    move INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: one store of applied command ids for every command: the engine's
  // commands' ids, until now read from the log, are copied here too.
  `
  INSERT OR IGNORE INTO applied_commands (exercise_id, command_id, sender)
  SELECT exercise_id, json_extract(event, '$.commandId'),
    CASE json_extract(event, '$.sender.kind')
      WHEN 'player' THEN 'player:' || json_extract(event, '$.sender.playerId')
      WHEN 'bot' THEN 'bot:' || json_extract(event, '$.sender.team')
      ELSE json_extract(event, '$.sender.kind')
    END
  FROM events
  WHERE json_extract(event, '$.commandId') IS NOT NULL;
  `,
  // 5: the room's projector is a seat, not a person. Seats stored before
  // are recognised by what the projector route gave them: an observer named
  // "Projector" ("Projector 2"... when a person had that name). A person who
  // called themselves so as an observer is taken for a screen: rare, and it
  // only keeps them out of the player lists.
  `
  ALTER TABLE players ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'
    CHECK (kind IN ('person', 'projector'));
  UPDATE players SET kind = 'projector'
  WHERE team IS NULL AND (name = 'Projector' OR name GLOB 'Projector [1-9]*');
  `,
  // 6: choices versus dice, computed once in the background after the ending
  // and kept with the exercise (the analysis as JSON; its method's version).
  `
  CREATE TABLE what_if (
    exercise_id TEXT PRIMARY KEY REFERENCES exercises(id) ON DELETE CASCADE,
    method INTEGER NOT NULL,
    computed_at INTEGER NOT NULL,
    analysis TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];

import type {
  AppliedCommand,
  ChatRecord,
  ExerciseRecord,
  ExerciseStatus,
  ForkOrigin,
  PlayerRecord,
  SeatHolderKind,
  StoredEvent,
  StoredSnapshot,
  StoredWhatIf,
} from '../exercise-store';

/**
 * The rows as node-postgres gives them, and the records they hold. jsonb
 * columns arrive parsed; BIGINT columns arrive as strings (a 64-bit integer
 * may not fit a number), and a millisecond time always fits: made numbers
 * here, so that a record read back equals the one written.
 */
type Bigint = string;

export interface ExerciseRow {
  id: string;
  scenario_id: string;
  scenario_version: number;
  seed: Bigint;
  join_code: string;
  facilitator_key_hash: string;
  settings: unknown;
  status: ExerciseStatus;
  created_at: Bigint;
  ended_at: Bigint | null;
}
export interface EventRow {
  seq: number;
  at: Bigint;
  event: unknown;
}
export interface SnapshotRow {
  seq: number;
  snapshot: unknown;
}
export interface PlayerRow {
  id: string;
  exercise_id: string;
  token_hash: string;
  name: string;
  team: string | null;
  is_lead: boolean;
  joined_at: Bigint;
  removed: boolean;
  kind: SeatHolderKind;
}
export interface ChatRow {
  id: string;
  exercise_id: string;
  channel: string;
  sender: string;
  text: string;
  at: Bigint;
  move: number;
  phase: string;
}
export interface CommandRow {
  command_id: string;
  sender: string;
}
export interface ForkRow {
  source_id: string;
  move: number;
}
export interface WhatIfRow {
  method: number;
  computed_at: Bigint;
  analysis: unknown;
}

export const toExercise = (row: ExerciseRow): ExerciseRecord => ({
  id: row.id,
  scenarioId: row.scenario_id,
  scenarioVersion: row.scenario_version,
  seed: Number(row.seed),
  joinCode: row.join_code,
  facilitatorKeyHash: row.facilitator_key_hash,
  settings: row.settings,
  status: row.status,
  createdAt: Number(row.created_at),
  endedAt: row.ended_at === null ? null : Number(row.ended_at),
});
export const toEvent = (row: EventRow): StoredEvent => ({
  seq: row.seq,
  at: Number(row.at),
  event: row.event,
});
export const toSnapshot = (row: SnapshotRow): StoredSnapshot => ({
  seq: row.seq,
  snapshot: row.snapshot,
});
export const toPlayer = (row: PlayerRow): PlayerRecord => ({
  id: row.id,
  exerciseId: row.exercise_id,
  tokenHash: row.token_hash,
  name: row.name,
  team: row.team,
  isLead: row.is_lead,
  joinedAt: Number(row.joined_at),
  removed: row.removed,
  kind: row.kind,
});
export const toChat = (row: ChatRow): ChatRecord => ({
  id: row.id,
  exerciseId: row.exercise_id,
  channel: row.channel,
  sender: row.sender,
  text: row.text,
  at: Number(row.at),
  move: row.move,
  phase: row.phase,
});
export const toCommand = (row: CommandRow): AppliedCommand => ({
  id: row.command_id,
  sender: row.sender,
});
export const toFork = (row: ForkRow): ForkOrigin => ({
  exerciseId: row.source_id,
  move: row.move,
});
export const toWhatIf = (row: WhatIfRow): StoredWhatIf => ({
  method: row.method,
  computedAt: Number(row.computed_at),
  analysis: row.analysis,
});

/**
 * A value for a jsonb parameter: always its JSON text, so that a JSON null
 * is stored as one (not as SQL NULL) and an array as JSON (node-postgres
 * would send a JavaScript array as a PostgreSQL array).
 */
export const jsonb = (value: unknown): string | undefined => JSON.stringify(value);

/** The columns each read selects, named once. */
export const COLUMNS = {
  exercise:
    'id, scenario_id, scenario_version, seed, join_code, facilitator_key_hash, settings, status, created_at, ended_at',
  player: 'id, exercise_id, token_hash, name, team, is_lead, joined_at, removed, kind',
  chat: 'id, exercise_id, channel, sender, text, at, move, phase',
} as const;

import type {
  ChatRecord,
  ExerciseRecord,
  PlayerRecord,
  StoredEvent,
} from '../../server/src/store/exercise-store';

/** An exercise record for the store tests. */
export const exerciseRecord = (
  id: string,
  joinCode: string,
  createdAt = 1_000,
): ExerciseRecord => ({
  id,
  scenarioId: 'us-mexico-2026',
  scenarioVersion: 1,
  seed: 42,
  joinCode,
  facilitatorKeyHash: `hash-of-${id}`,
  settings: { practice: true, timing: { decisionMinutes: 5 } },
  status: 'active',
  createdAt,
  endedAt: null,
});

export const storedEvent = (seq: number): StoredEvent => ({
  seq,
  at: seq * 10,
  event: { type: 'facilitator.addNarrative', text: `note ${seq}` },
});

export const playerRecord = (
  exerciseId: string,
  id: string,
  joinedAt: number,
  changes: Partial<PlayerRecord> = {},
): PlayerRecord => ({
  id,
  exerciseId,
  tokenHash: `token-of-${id}`,
  name: id,
  team: 'washington',
  isLead: false,
  joinedAt,
  removed: false,
  kind: 'person',
  ...changes,
});

export const chatRecord = (exerciseId: string, id: string, at: number): ChatRecord => ({
  id,
  exerciseId,
  channel: 'team:washington',
  sender: 'p-1',
  text: `message ${id}`,
  at,
  move: 1,
  phase: 'deliberation',
});

import type {
  ChatMessage,
  ControlOpen,
  DecisionDraft,
  ParticipationCounts,
  RosterEntry,
  Scenario,
  SeatKind,
  TeamRating,
} from '@borderline/shared';
import type { ExerciseContext, ExerciseLogEntry, ExerciseTag } from '../engine';
import type { ExerciseStatus } from '../store/exercise-store';
import type { LiveExercise } from './live-exercise';
import { readSettings, type ExerciseSettings } from './settings';

/** An exercise's record and the service's facts about it. */
export interface ExerciseInfo {
  exerciseId: string;
  scenarioId: string;
  scenarioVersion: number;
  joinCode: string;
  status: ExerciseStatus;
  createdAt: number;
  endedAt: number | null;
  settings: ExerciseSettings;
  lobbyLocked: boolean;
  seats: Record<string, SeatKind>;
  /** The seq of the last stored entry: grows with every stored change of the log. */
  seq: number;
}

/** The info with the scenario and the engine's state (read-only: change it only by commands). */
export interface ExerciseState extends ExerciseInfo {
  scenario: Scenario;
  context: ExerciseContext;
  /** The machine's current state tags. */
  tags: ExerciseTag[];
  paused: boolean;
  ended: boolean;
  hasTag(tag: ExerciseTag): boolean;
}

/** Everything the projection reads, in the shape of its `ProjectionInput`. */
export interface ProjectionSource {
  exerciseId: string;
  scenario: Scenario;
  context: ExerciseContext;
  tags: readonly ExerciseTag[];
  controlOpen: ControlOpen;
  log: readonly ExerciseLogEntry[];
  roster: RosterEntry[];
  chat: ChatMessage[];
  drafts: Record<string, DecisionDraft>;
  lobbyLocked: boolean;
  /** Whether Control shares the report; a replay's steps leave it out (not shared). */
  reportShared?: boolean | undefined;
  seats: Record<string, SeatKind>;
  participation: Record<string, ParticipationCounts>;
  ratings: TeamRating[];
  now: number;
}

export function describeExercise(live: LiveExercise): ExerciseInfo {
  const { record } = live;
  return {
    exerciseId: record.id,
    scenarioId: record.scenarioId,
    scenarioVersion: record.scenarioVersion,
    joinCode: record.joinCode,
    status: record.status,
    createdAt: record.createdAt,
    endedAt: record.endedAt,
    settings: readSettings(record.id, record.settings),
    lobbyLocked: live.lobbyLocked,
    seats: live.roster.seats(),
    seq: live.seq,
  };
}

export function describeState(live: LiveExercise): ExerciseState {
  const { engine } = live;
  return {
    ...describeExercise(live),
    scenario: live.scenario,
    context: engine.context,
    tags: engine.tags,
    paused: engine.isPaused,
    ended: engine.isEnded,
    hasTag: (tag) => engine.hasTag(tag),
  };
}

/** Every person's counts, removed ones included; the projector is a screen, not a participant. */
export function participationOf(live: LiveExercise): Record<string, ParticipationCounts> {
  return Object.fromEntries(
    live.roster
      .all()
      .filter((player) => player.kind !== 'projector')
      .map((player) => [player.id, live.participation.get(player.id)]),
  );
}

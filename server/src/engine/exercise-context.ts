import type {
  ActionRecord,
  DebriefStage,
  Adjudication,
  Decision,
  EndingState,
  ExerciseConfig,
  InjectRelease,
  KnowledgeAttempt,
  NarrativeEntry,
  OverrideRecord,
  PendingTrigger,
  Phase,
  Reflection,
  TeamScore,
  Timer,
  TrackSnapshot,
  Tracks,
  Timing,
} from '@borderline/shared';
import type { RngState } from './rules/rng';

/**
 * The exercise state kept in the machine's context. Plain JSON data only: a
 * persisted snapshot or a replayed log must rebuild it byte for byte. The
 * scenario itself is never copied in; the machine closes over it.
 *
 * The records the context is made of (decisions, adjudications and their
 * explanations, scores...) are defined once in `@borderline/shared`, because
 * the views sent to browsers carry them; they are re-exported here so that
 * engine code keeps importing them from this file.
 */
export type {
  ActionRecord,
  ActionResult,
  Adjudication,
  ConditionTrace,
  Decision,
  DynamicChange,
  EndingCheck,
  EndingState,
  ExerciseConfig,
  FreeformRuling,
  InjectRelease,
  NarrativeEntry,
  ObjectiveScore,
  OddsBreakdown,
  OddsModifierResult,
  Outcome,
  OverrideRecord,
  PendingTrigger,
  Phase,
  PlayedAction,
  Reflection,
  ReleaseCause,
  TeamScore,
  Timer,
  TrackChange,
  TrackOverride,
  TrackSnapshot,
  Tracks,
} from '@borderline/shared';

export interface ExerciseInput {
  /** Any 32-bit integer; the same seed and events give the same exercise. */
  seed: number;
  config?:
    | {
        /** The scenario format to play; its first one when absent. */
        format?: string | undefined;
        skipPractice?: boolean | undefined;
        /** Phase lengths over the format's own. */
        timing?: Partial<Timing> | undefined;
      }
    | undefined;
}

export interface ExerciseContext {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  config: ExerciseConfig;
  rng: RngState;
  phase: Phase;
  move: number;
  /** Index in the turn order of the team whose turn it is (sequential decisions). */
  turn: number;
  timer: Timer | null;
  pausedAt: number | null;
  tracks: Tracks;
  trackHistory: TrackSnapshot[];
  injects: InjectRelease[];
  pendingTriggers: PendingTrigger[];
  decisions: Decision[];
  outcomes: ActionRecord[];
  review: Adjudication | null;
  adjudications: Adjudication[];
  overrides: OverrideRecord[];
  narrative: NarrativeEntry[];
  ending: EndingState | null;
  scores: TeamScore[] | null;
  reflections: Reflection[];
  /** Each player's sittings of the knowledge check (before the first move, in the hotwash). */
  knowledgeAttempts: KnowledgeAttempt[];
  /** The stage of the hotwash's debrief Control has opened (the first until the hotwash). */
  debriefStage: DebriefStage;
}

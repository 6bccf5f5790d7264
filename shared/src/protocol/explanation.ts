import type { Effect, LocalizedText, Timing } from '../scenario/index';
import type { Phase } from './machine-states';
import type { ReflectionAnswers } from './reflection';

/**
 * The engine's record of an exercise, as plain JSON types. They live here,
 * not in the engine, because the views the server sends carry them: the
 * browser imports these types and never server code. The engine re-exports
 * them from `server/src/engine/exercise-context.ts`.
 */

export type Tracks = Record<string, number>;

export interface ExerciseConfig {
  /**
   * The format played and what it fixes (moves in order, decision mode).
   * Optional because exercises stored before formats existed lack them;
   * they play every move of their scenario with its own rules.
   */
  format?: string | undefined;
  moves?: number[] | undefined;
  decisionMode?: 'sequential' | 'simultaneous' | undefined;
  skipPractice: boolean;
  timing: Timing;
}

/** A deadline: absolute while running, the remaining time while paused. */
export type Timer =
  | { status: 'running'; deadline: number; durationMs: number }
  | { status: 'paused'; remainingMs: number; durationMs: number };

/** One track moved by one effect: from, to, and whether the range clamped it. */
export interface TrackChange {
  track: string;
  from: number;
  to: number;
  /** What was asked: a relative step or an absolute value. */
  delta?: number | undefined;
  set?: number | undefined;
  /** A floor: the track was raised to at least this rung. */
  atLeast?: number | undefined;
  clamped: boolean;
}

/**
 * Visibility of what a team played: public actions and statements are seen
 * by the teams deciding later in the same move (sequential mode) and by all
 * once the results are published; covert actions only by their team and
 * Control until an outcome reveals them.
 */
export interface PlayedAction {
  /** Stable id `m<move>-<team>-<index>`, used by Control's review commands. */
  id: string;
  card: string | null;
  freeform: { description: string; reasons: string[] } | null;
  visibility: 'public' | 'covert';
  revealed: boolean;
}

export interface Decision {
  move: number;
  team: string;
  /** Position in the move's order of submission (0 = first). */
  order: number;
  at: number;
  kind: 'actions' | 'freeform' | 'hold';
  /** Why the team holds: its own choice, its deadline passed, or Control skipped it. */
  holdReason: 'chosen' | 'deadline' | 'skipped' | null;
  actions: PlayedAction[];
  rationale: string;
  statement: string | null;
}

export interface OddsModifierResult {
  delta: number;
  reason: LocalizedText;
  applies: boolean;
}

export interface OddsBreakdown {
  base: number;
  modifiers: OddsModifierResult[];
  /** base plus the applying modifiers, clamped to 0..100. */
  total: number;
  clamped: boolean;
}

export type Outcome = 'success' | 'failure' | 'vetoed' | 'pending';

/** The full explanation of one adjudicated action. */
export interface ActionResult {
  id: string;
  move: number;
  team: string;
  card: string | null;
  freeform: boolean;
  visibility: 'public' | 'covert';
  /** Null while a free-form action waits for Control's odds, or when vetoed. */
  odds: OddsBreakdown | null;
  /** 1..100, success when roll <= odds; null when the outcome was certain. */
  roll: number | null;
  outcome: Outcome;
  /** Set when Control decided the outcome instead of the roll. */
  override: { outcome: 'success' | 'failure'; reason: string } | null;
  costs: TrackChange[];
  effects: TrackChange[];
  triggers: string[];
  reveals: boolean;
  text: LocalizedText | null;
}

export type ReleaseCause =
  | { kind: 'scheduled' }
  | { kind: 'facilitator' }
  | { kind: 'action'; action: string; card: string | null; team: string }
  | { kind: 'condition' }
  /** A concluding card the play did not reach, shown at the debrief. */
  | { kind: 'debrief' };

export interface DynamicChange {
  dynamic: string;
  changes: TrackChange[];
}

export interface InjectRelease {
  inject: string;
  move: number;
  at: number;
  cause: ReleaseCause;
  changes: TrackChange[];
}

/**
 * One part of a condition as data, with what the world showed, so that a
 * screen words it in its reader's language, naming tracks and cards.
 */
export type ConditionFact =
  | { type: 'always' }
  | {
      type: 'track';
      track: string;
      value: number | null;
      atLeast?: number | undefined;
      atMost?: number | undefined;
    }
  | { type: 'action'; card: string; outcome: 'success' | 'failure' | 'any'; thisMove: boolean }
  | { type: 'inject'; inject: string }
  | { type: 'move'; value: number; atLeast?: number | undefined; atMost?: number | undefined }
  | { type: 'all' }
  | { type: 'any' }
  | { type: 'not' };

export interface ConditionTrace {
  holds: boolean;
  /** The engine's sentence in English, with ids: for the report, logs and records kept before `fact`. */
  text: string;
  /** The same part as data (absent in records kept before it existed). */
  fact?: ConditionFact | undefined;
  children?: ConditionTrace[] | undefined;
}

export interface EndingCheck {
  id: string | null;
  kind: 'early' | 'final' | 'facilitator';
  trace: ConditionTrace | null;
}

/** Control's settings for one free-form action. */
export type FreeformRuling =
  | { kind: 'odds'; odds: number; reason: string; onSuccess: Effect[]; onFailure: Effect[] }
  | { kind: 'veto'; reason: string };

export interface TrackOverride {
  track: string;
  value: number;
  reason: string;
}

export interface PendingTrigger {
  inject: string;
  fromMove: number;
  cause: ReleaseCause;
}

/** An adjudication: the inputs Control can change, and the result computed from them. */
export interface Adjudication {
  move: number;
  rolls: Record<string, number>;
  outcomeOverrides: Record<string, { outcome: 'success' | 'failure'; reason: string }>;
  freeform: Record<string, FreeformRuling>;
  trackOverrides: TrackOverride[];
  tracksBefore: Tracks;
  tracksAfter: Tracks;
  results: ActionResult[];
  injects: { inject: string; cause: ReleaseCause; changes: TrackChange[] }[];
  overrideChanges: (TrackChange & { reason: string })[];
  /**
   * The scenario's dynamics that held after the move's actions and injects,
   * and what each changed (absent in adjudications made before dynamics).
   */
  dynamics?: DynamicChange[] | undefined;
  /** Triggers held back until their inject's fromMove. */
  deferred: PendingTrigger[];
  ending: EndingCheck | null;
  publishedAt: number | null;
}

/** A published outcome, as conditions see it. */
export interface ActionRecord {
  move: number;
  team: string;
  card: string;
  outcome: 'success' | 'failure';
}

export interface OverrideRecord {
  move: number;
  at: number;
  kind: 'outcome' | 'track' | 'freeform-odds' | 'veto';
  target: string;
  from: string | number | null;
  to: string | number;
  reason: string;
}

export interface NarrativeEntry {
  move: number;
  phase: Phase;
  at: number;
  text: string;
}

export interface EndingState extends EndingCheck {
  move: number;
  at: number;
  reason: string | null;
  dilemma: { team: string; option: string | null; changes: TrackChange[] } | null;
}

export interface ObjectiveScore {
  objective: string;
  visibility: 'public' | 'secret';
  weight: number;
  met: boolean;
  why: ConditionTrace;
}

export interface TeamScore {
  team: string;
  objectives: ObjectiveScore[];
  earned: number;
  possible: number;
  /** earned / possible, 0..1. */
  score: number;
}

export interface Reflection {
  player: string;
  team: string | null;
  at: number;
  answers: ReflectionAnswers;
}

export interface TrackSnapshot {
  move: number;
  label: 'start' | 'after-move' | 'practice-reset' | 'final';
  tracks: Tracks;
}

import type { Scenario } from '@borderline/shared';
import type { ExerciseStore } from '../store/exercise-store';
import type { Clock } from './clock';
import type { Secrets } from './secrets';
import type { WhatIfSettings } from './what-if-jobs';

/** The few logger methods the service uses; a pino logger fits. */
export interface ServiceLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Everything the service needs from outside, injected so tests control time and randomness. */
export interface ExerciseServiceDeps {
  store: ExerciseStore;
  scenarios: readonly Scenario[];
  clock: Clock;
  secrets: Secrets;
  logger: ServiceLogger;
  /** How the choices-versus-dice analysis runs; DEFAULT_WHAT_IF_SETTINGS unless given. */
  whatIf?: WhatIfSettings | undefined;
}

/** What a change listener hears: which part of an exercise changed. */
export type ExerciseChange =
  | { kind: 'event'; seq: number }
  | { kind: 'roster' }
  /**
   * A seated person's connection came or went: screens may follow a moment
   * later. (A seat taken is a roster change: Control's start check and its
   * "bots in the empty seats" read the seats at once.)
   */
  | { kind: 'presence' }
  | { kind: 'chat'; messageId: string }
  | { kind: 'draft'; team: string }
  | { kind: 'report-sharing' }
  | { kind: 'rating' }
  | { kind: 'deleted' };

export type ChangeListener = (exerciseId: string, change: ExerciseChange) => void;

import type {
  ExerciseTag,
  ChatMessage,
  ControlOpen,
  DecisionDraft,
  ParticipationCounts,
  RosterEntry,
  Scenario,
  SeatKind,
  TeamRating,
} from '@borderline/shared';
import type { ExerciseContext, ExerciseLogEntry } from '../engine';

/** Everything the projection reads: the whole truth, which only `project` may cut down. */
export interface ProjectionInput {
  exerciseId: string;
  scenario: Scenario;
  context: ExerciseContext;
  /** The machine's current state tags. */
  tags: readonly ExerciseTag[];
  /** The accepted events so far, as the store numbers them (Control reads them). */
  log: readonly ExerciseLogEntry[];
  /** Which of Control's commands the machine takes now (asked of the machine). */
  controlOpen: ControlOpen;
  roster: RosterEntry[];
  /** Every stored message, all channels. */
  chat: ChatMessage[];
  /** The latest draft of each team, by team id. */
  drafts: Record<string, DecisionDraft>;
  /** Facts the exercise service keeps beside the engine; sensible defaults when absent. */
  lobbyLocked?: boolean | undefined;
  /** Whether Control lets the players read the after-action report; not shared when absent. */
  reportShared?: boolean | undefined;
  /** Who plays each seat; derived from the roster when absent. */
  seats?: Record<string, SeatKind> | undefined;
  /** Per player id; when absent, messages and reflections are counted from the input. */
  participation?: Record<string, ParticipationCounts> | undefined;
  /** Control's ratings of the teams per objective (the service's facts); none when absent. */
  ratings?: readonly TeamRating[] | undefined;
  /** The server's clock, to give the running timer's remaining time; the projection reads no clock. */
  now?: number | undefined;
}

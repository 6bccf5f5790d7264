import type { ActionCard, Ending, InjectCard, Team } from '../scenario/index';
import type { Adjudication, OverrideRecord, PendingTrigger, Phase } from './explanation';

/** One accepted engine event as the log records it (the event's own fields vary by type). */
export interface ControlLogEntry {
  seq: number;
  at: number;
  move: number;
  phase: Phase;
  paused: boolean;
  /** "facilitator", "clock", "system", "team:<id>" or "player:<id>". */
  by: string;
  event: { type: string; at: number } & Record<string, unknown>;
}

/** How much each person took part: guards against one voice carrying a team. */
export interface ParticipationCounts {
  /** Chat messages sent. */
  messages: number;
  /** Changes to the team's draft. */
  drafts: number;
  /** Decisions submitted for the team. */
  decisions: number;
  reflections: number;
}

/** What only the facilitator sees, beside the (unfiltered) rest of the view. */
export interface ControlView {
  /** Every team whole: secret briefings and objectives. */
  teams: Team[];
  /** Every action card, covert ones included. */
  cards: ActionCard[];
  /** The whole inject deck, to release cards by hand; `released` marks those already out. */
  injectDeck: (InjectCard & { released: boolean })[];
  endings: Ending[];
  /** The adjudication proposed for review, before it is published; null outside review. */
  review: Adjudication | null;
  pendingTriggers: PendingTrigger[];
  overrides: OverrideRecord[];
  log: ControlLogEntry[];
  /** Per player id. */
  participation: Record<string, ParticipationCounts>;
}

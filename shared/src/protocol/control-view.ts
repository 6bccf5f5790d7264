import type {
  ActionCard,
  Ending,
  InjectCard,
  LocalizedText,
  Rubric,
  Team,
} from '../scenario/index';
import type { TeamRating } from './assessment';
import type { Adjudication, OverrideRecord, PendingTrigger } from './explanation';
import type { LogEntry } from './log-entry';

/** One accepted engine event as Control's log shows it. */
export type ControlLogEntry = LogEntry;

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
  /**
   * The scheduled cards this exercise's format never releases on schedule:
   * left out by the format, or scheduled after its last move. Control may
   * still release one by hand (the engine takes it), so the timeline shows
   * them apart rather than as scheduled.
   */
  offFormatInjects: string[];
  endings: Ending[];
  /** The world's own moves (the scenario's dynamics), named so the review can say why each holds. */
  dynamics: { id: string; text: LocalizedText }[];
  /** The adjudication proposed for review, before it is published; null outside review. */
  review: Adjudication | null;
  pendingTriggers: PendingTrigger[];
  overrides: OverrideRecord[];
  log: ControlLogEntry[];
  /** Which of Control's commands the machine takes now. */
  open: ControlOpen;
  /** What the primary button does now, or why it waits. */
  nextStep: ControlNextStep;
  /** Per player id (people only: the projector is not a participant). */
  participation: Record<string, ParticipationCounts>;
  /** The room's projector seats (usually one), kept out of the roster: is the screen connected? */
  projectors: ProjectorStatus[];
  /** How each learning objective is rated (the scenario's rubrics). */
  rubrics: Rubric[];
  /** Control's ratings of the teams per objective, with the evaluator's notes: never in a player's view. */
  ratings: TeamRating[];
}

/** A projector seat as Control's lobby shows it, apart from the players. */
export interface ProjectorStatus {
  id: string;
  connected: boolean;
}

/**
 * Which of Control's commands the machine takes now. The server asks the
 * machine itself (XState's `can`, with a well-formed command), so a screen
 * enables a button on the machine's word, never on a phase list of its own.
 */
export interface ControlOpen {
  /** `facilitator.advance`: the primary button (see `ControlNextStep`). */
  advance: boolean;
  /** `facilitator.publishAdjudication`: the primary button during the review. */
  publish: boolean;
  skipPractice: boolean;
  addNarrative: boolean;
  overrideTrack: boolean;
  endEarly: boolean;
  /** `facilitator.openDebriefStage`: the debrief's stage buttons (in the hotwash, not paused). */
  openDebriefStage: boolean;
}

/**
 * What Control's primary button does now, or why it waits: the move it
 * opens and the phase it leads to, decided on the server by the rules the
 * machine follows.
 */
export type ControlNextStep =
  | { kind: 'open-first-move'; move: number; practice: boolean }
  | { kind: 'open-deliberation'; minutes: number }
  | { kind: 'open-decisions'; minutes: number }
  | { kind: 'open-next-move'; move: number; afterPractice: boolean }
  | { kind: 'open-dilemma'; team: string }
  | { kind: 'open-hotwash' }
  /** The review is complete: publishing shows the move's results (`facilitator.publishAdjudication`). */
  | { kind: 'publish-results'; move: number }
  | {
      kind: 'blocked';
      /** `not-in-play`: the lobby, the hotwash and the end, whose screens end them another way. */
      why: 'paused' | 'decisions' | 'review' | 'dilemma' | 'not-in-play';
      /** The team waited for (the deciding team, the dilemma's team), if one. */
      team: string | null;
    };

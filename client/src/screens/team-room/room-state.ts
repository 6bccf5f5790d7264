import type { DecisionDraft, ExerciseView, RosterEntry, TeamTurnState } from '@borderline/shared';

/** What the team room needs to know about the reader's standing now, computed once per view. */
export interface RoomState {
  /** The reader's team; null if the view is not a team's (the room then shows the public picture). */
  team: string | null;
  /** The reader's player id, to mark their own messages and drafts. */
  ownId: string | null;
  isLead: boolean;
  /** The team's lead, if it has one. */
  lead: RosterEntry | null;
  /** It is this team's turn to decide (sequential: the current team; simultaneous: still pending). */
  myTurn: boolean;
  /** The team has submitted its decision in the current move. */
  decided: boolean;
  /** The engine takes decisions right now (false while paused). */
  acceptingDecisions: boolean;
  /** The team's shared draft of the current move, if any. */
  sharedDraft: DecisionDraft | null;
  /**
   * The team may write its shared draft now: from deliberation on, until it
   * has decided (and while its turn is still to come, or open).
   */
  draftOpen: boolean;
  /** The team reads its hand, read-only, before drafting opens (the injects phase). */
  handPreview: boolean;
  /**
   * The teams that decide before this one and have not yet (sequential
   * decisions, before the team's turn); empty otherwise.
   */
  teamsBefore: string[];
}

export function roomStateOf(view: ExerciseView): RoomState {
  const { exercise } = view;
  const team = view.recipient.kind === 'team' ? view.recipient.team : null;
  const ownId = view.recipient.kind === 'team' ? view.recipient.player : null;
  const { turn } = exercise;
  const stateOf = (other: string | null): TeamTurnState =>
    turn.teams.find((entry) => entry.team === other)?.state ?? 'idle';
  const own = stateOf(team);
  // The team's turn is still to come: the move is open, or others decide before it.
  const turnAhead = (own === 'upcoming' && exercise.phase === 'deliberation') || own === 'waiting';
  const ownIndex = team === null ? -1 : turn.order.indexOf(team);
  const teamsBefore =
    turn.mode === 'sequential' && turnAhead && ownIndex >= 0
      ? turn.order.slice(0, ownIndex).filter((other) => stateOf(other) !== 'decided')
      : [];
  return {
    team,
    ownId,
    isLead: view.team?.isLead ?? false,
    lead: view.roster.find((entry) => entry.team === team && entry.isLead) ?? null,
    myTurn: own === 'deciding',
    decided: own === 'decided',
    acceptingDecisions: exercise.tags.includes('accepting-decisions'),
    sharedDraft:
      view.drafts.find((draft) => draft.team === team && draft.move === exercise.move) ?? null,
    draftOpen: own === 'deciding' || turnAhead,
    handPreview: own === 'upcoming' && exercise.phase === 'injects',
    teamsBefore,
  };
}

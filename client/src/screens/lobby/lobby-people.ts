import type { ExerciseView, RosterEntry } from '@borderline/shared';

/** The reader's own player id: null for Control and for a projector without a seat. */
export function ownPlayerId(view: ExerciseView): string | null {
  const { recipient } = view;
  return recipient.kind === 'facilitator' ? null : recipient.player;
}

/** Who sits in a team (or among the observers, `team: null`), leads first, then by arrival. */
export function membersOf(roster: RosterEntry[], team: string | null): RosterEntry[] {
  const members = roster.filter((entry) => entry.team === team);
  return [...members.filter((entry) => entry.isLead), ...members.filter((entry) => !entry.isLead)];
}

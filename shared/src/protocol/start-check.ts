import type { SeatKind } from './roster';

/**
 * The start check: the teams whose seat nobody plays (no person, no bot),
 * in the order given. A team left empty would hold every move unseen, so
 * Control's lobby waits until this is empty, and the engine refuses to
 * resume a fork while it is not (the server stamps it on
 * `facilitator.start` from the roster).
 */
export function unseatedTeams(
  teams: readonly string[],
  seats: Readonly<Record<string, SeatKind>>,
): string[] {
  return teams.filter((team) => (seats[team] ?? 'empty') === 'empty');
}

import type { ParticipationCounts, RosterEntry } from '@borderline/shared';

/**
 * A team's activity (messages, draft edits, decisions) from which a member
 * doing almost none of it counts as left out: before it, nobody has had the
 * time to be left out, and everybody is simply "not yet".
 */
export const LEFT_OUT_AFTER = 5;
/** Below this share of the team's activity, once it has reached LEFT_OUT_AFTER, a member is left out. */
export const LEFT_OUT_SHARE = 0.1;
/** From this share of a team's activity (of at least LEFT_OUT_AFTER), a member carries the team. */
export const CARRYING_SHARE = 0.7;

/**
 * - `observer`: seated in no team (evaluators, the projector): not expected to speak.
 * - `alone`: the only person in a team: nobody to leave them out or to carry.
 * - `not-yet`: has done nothing, while the team as a whole has barely begun.
 * - `left-out`: a team of two or more is under way and this member does
 *   less than a tenth of its activity.
 * - `carrying`: does at least 70% of an under-way team's activity.
 * - `taking-part`: none of the above.
 */
export type ParticipationFlag =
  'observer' | 'alone' | 'not-yet' | 'left-out' | 'carrying' | 'taking-part';

export interface ParticipationRow {
  id: string;
  name: string;
  team: string | null;
  counts: ParticipationCounts;
  total: number;
  /** This person's share of their team's activity, 0..1; 0 while the team has none. */
  share: number;
  flag: ParticipationFlag;
}

export interface ParticipationSummary {
  rows: ParticipationRow[];
  leftOut: ParticipationRow[];
  carrying: ParticipationRow[];
  /** Seated people who have done nothing yet (left out or not). */
  idle: ParticipationRow[];
  /** Whether any seated person has done anything at all. */
  started: boolean;
}

const ZERO: ParticipationCounts = { messages: 0, drafts: 0, decisions: 0, reflections: 0 };

/** What counts as taking part during play: reflections come after it, in the hotwash. */
const activityOf = (counts: ParticipationCounts) =>
  counts.messages + counts.drafts + counts.decisions;

function flagOf(
  team: string | null,
  total: number,
  teamTotal: number,
  teamSize: number,
): ParticipationFlag {
  if (team === null) return 'observer';
  if (teamSize < 2) return total === 0 ? 'not-yet' : 'alone';
  const underWay = teamTotal >= LEFT_OUT_AFTER;
  const share = teamTotal === 0 ? 0 : total / teamTotal;
  if (underWay && share < LEFT_OUT_SHARE) return 'left-out';
  if (underWay && share >= CARRYING_SHARE) return 'carrying';
  return total === 0 ? 'not-yet' : 'taking-part';
}

/**
 * Who takes part, per person (bots excluded), and the people the facilitator
 * should look at: those left out and those carrying their team. Counts of
 * people no longer in the roster are kept, without a team.
 */
export function summarizeParticipation(
  roster: readonly RosterEntry[],
  participation: Record<string, ParticipationCounts>,
  nameOf: (id: string) => string,
): ParticipationSummary {
  const people = roster.filter((entry) => !entry.isBot);
  const gone = Object.keys(participation).filter((id) => !people.some((entry) => entry.id === id));
  const base = [
    ...people.map((entry) => ({ id: entry.id, name: entry.name, team: entry.team })),
    ...gone.map((id) => ({ id, name: nameOf(id), team: null })),
  ].map((person) => {
    const counts = participation[person.id] ?? ZERO;
    return { ...person, counts, total: activityOf(counts) };
  });
  const teamTotal = (team: string | null) =>
    base.filter((row) => row.team === team).reduce((sum, row) => sum + row.total, 0);
  const teamSize = (team: string | null) => base.filter((row) => row.team === team).length;
  const rows: ParticipationRow[] = base.map((row) => {
    const all = teamTotal(row.team);
    return {
      ...row,
      share: all === 0 ? 0 : row.total / all,
      flag: flagOf(row.team, row.total, all, teamSize(row.team)),
    };
  });
  const seated = rows.filter((row) => row.team !== null);
  return {
    rows,
    leftOut: rows.filter((row) => row.flag === 'left-out'),
    carrying: rows.filter((row) => row.flag === 'carrying'),
    idle: seated.filter((row) => row.total === 0),
    started: seated.some((row) => row.total > 0),
  };
}

import { reach } from './track-reach';
import type { CausedChange } from './move-changes';
import type { ReportCause, ReportTrack } from './report-parts';
import type { ReportKeyDecisions, ReportMoment } from './report-schema';

/** How many turning points the summary names. */
export const MAX_TURNING_POINTS = 3;

/** How many of each team's decisions the summary names. */
export const MAX_KEY_DECISIONS = 3;

/** The changes the engine made in one scored move, in order (`moveChanges`). */
export interface MoveChangeList {
  move: number;
  changes: CausedChange[];
}

/**
 * What one moment of play is, for grouping its changes: one played action,
 * one inject, one dilemma answer, one override by Control (by its reason).
 * The world's own dynamics are no moment: nobody chose them.
 */
function momentKey(cause: ReportCause): string | null {
  switch (cause.kind) {
    case 'action':
      return `action:${cause.action}`;
    case 'inject':
      return `inject:${cause.inject}`;
    case 'dilemma':
      return `dilemma:${cause.team}`;
    case 'override':
      return `override:${cause.reason}`;
    case 'dynamic':
      return null;
  }
}

/**
 * Every moment of the scored moves that moved a track, in the order of
 * play: a played action (its costs and effects), an inject (what it moved
 * as it was released or set off), a dilemma's answer, or Control's track
 * override. Each carries its net change per track and its shift: the sum,
 * over the tracks it moved, of the change's share of the track's range
 * (escalation 2 → 4 on 0–6 is 0.333; trust 5 → 4 on 0–10 is 0.1), so that
 * tracks of different scales compare fairly. A moment that moved nothing on
 * balance is left out.
 */
export function momentsOf(moves: MoveChangeList[], tracks: ReportTrack[]): ReportMoment[] {
  const moments: ReportMoment[] = [];
  const byKey = new Map<string, ReportMoment>();
  for (const { move, changes } of moves) {
    for (const item of changes) {
      const key = momentKey(item.cause);
      if (key === null) continue;
      let moment = byKey.get(`${move}|${key}`);
      if (moment === undefined) {
        moment = { move, cause: item.cause, changes: [], shift: 0 };
        byKey.set(`${move}|${key}`, moment);
        moments.push(moment);
      }
      const same = moment.changes.find((change) => change.track === item.track);
      if (same === undefined) {
        moment.changes.push({ track: item.track, from: item.from, to: item.to });
      } else {
        same.to += item.to - item.from;
      }
    }
  }
  const trackOf = (id: string) => tracks.find((track) => track.id === id);
  return moments
    .map((moment) => {
      const changes = moment.changes.filter((change) => change.from !== change.to);
      const shift = changes.reduce((sum, change) => sum + reach(trackOf(change.track), change), 0);
      // Rounded, so that a report parsed back from JSON compares equal and reads the same.
      return { ...moment, changes, shift: Math.round(shift * 1000) / 1000 };
    })
    .filter((moment) => moment.shift > 0);
}

/** Largest shift first; ties keep the order of play (a stable sort). */
function byShift(moments: ReportMoment[]): ReportMoment[] {
  return [...moments].sort((a, b) => b.shift - a.shift);
}

/** The turning points: the moments that moved the tracks furthest, largest first. */
export function turningPoints(moments: ReportMoment[]): ReportMoment[] {
  return byShift(moments).slice(0, MAX_TURNING_POINTS);
}

/**
 * Each team's key decisions: its played actions that moved the tracks
 * furthest (the same shift), at most three, told in the order of play.
 * A team none of whose actions moved a track has an empty list.
 */
export function keyDecisions(moments: ReportMoment[], teams: string[]): ReportKeyDecisions[] {
  return teams.map((team) => {
    const own = moments.filter(
      (moment) => moment.cause.kind === 'action' && moment.cause.team === team,
    );
    const chosen = new Set(byShift(own).slice(0, MAX_KEY_DECISIONS));
    return { team, decisions: own.filter((moment) => chosen.has(moment)) };
  });
}

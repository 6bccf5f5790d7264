import type { ReportChange } from './report-parts';
import type { Report, ReportMoment } from './report-schema';

/** A team's line in the report's one-page summary: its key decision and its objectives met. */
export interface TeamAtAGlance {
  team: string;
  /**
   * The action of the team's key decision (the one the key decision points
   * tell) that moved the tracks furthest; null if no action of the team did.
   */
  keyAction: ReportMoment | null;
  /** Its objectives met, of its objectives; null when the objectives were not scored. */
  objectives: { met: number; total: number } | null;
}

/**
 * Each team's line of the summary, in the scenario's order, from what the
 * report already holds (its key decision points and its scores), so the
 * summary says what the sections after it tell at length.
 */
export function teamsAtAGlance(report: Report): TeamAtAGlance[] {
  return report.teams.map(({ id }) => {
    const decision = report.decisionPoints.decisions.find((entry) => entry.team === id);
    const moments = report.summary.keyDecisions.find((entry) => entry.team === id)?.decisions ?? [];
    const own = moments.filter(
      (moment) =>
        moment.cause.kind === 'action' && (decision === undefined || moment.move === decision.move),
    );
    const keyAction = own.reduce<ReportMoment | null>(
      (best, moment) => (best === null || moment.shift > best.shift ? moment : best),
      null,
    );
    const score = report.summary.objectives.find((entry) => entry.team === id);
    return {
      team: id,
      keyAction,
      objectives: score === undefined ? null : { met: score.met, total: score.total },
    };
  });
}

/** A track's values at the charted points (the scored game: the practice move is undone). */
export function trackPath(report: Report, track: string): number[] {
  const values = report.trackHistory
    .filter((point) => !point.practice)
    .flatMap((point) => {
      const value = point.values[track];
      return value === undefined ? [] : [value];
    });
  // The final point repeats the last move's when nothing moved after it.
  const [last, beforeLast] = [values.at(-1), values.at(-2)];
  return values.length > 2 && last === beforeLast ? values.slice(0, -1) : values;
}

/** The first sentence of a text: the summary's one line of an ending's description. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?…](?=\s|$)/su.exec(text.trim());
  return match === null ? text.trim() : match[0];
}

/** How many of a turning point's changes the summary's one line names. */
export const CHANGES_AT_A_GLANCE = 2;

/**
 * A moment's changes that moved their tracks furthest, each as a share of
 * its track's range, largest first: the summary's one line of a turning
 * point (the full log names them all).
 */
export function largestShares(report: Report, changes: readonly ReportChange[]): ReportChange[] {
  const share = (change: ReportChange) => {
    const track = report.tracks.find((candidate) => candidate.id === change.track);
    const range = track === undefined ? 1 : Math.max(1, track.max - track.min);
    return Math.abs(change.to - change.from) / range;
  };
  return [...changes].sort((a, b) => share(b) - share(a)).slice(0, CHANGES_AT_A_GLANCE);
}

import { largestFirst } from './track-reach';
import { playedMoves } from './build-timeline';
import { moveChanges, type CausedChange, type ChangeStage } from './move-changes';
import type { ReportTrack } from './report-parts';
import type { ReportDecisionPoints, ReportEnding, ReportTrackPoint } from './report-schema';
import { isPracticeMove, type FacilitatorView } from './report-source';

/** How many swings the report names. */
export const MAX_SWINGS = 5;

const withoutStage = ({ stage: _stage, ...rest }: CausedChange) => rest;

/**
 * The key decision points: the largest swings of a track between two
 * points of its history (within one scored move, or at the end), each with
 * the changes that made it; every step of a ladder track (one whose values
 * have names, such as the escalation ladder); and an ending that came early
 * or from Control. The practice move is left out: its effects are undone.
 */
export function buildDecisionPoints(
  view: FacilitatorView,
  tracks: ReportTrack[],
  history: ReportTrackPoint[],
  ending: ReportEnding | null,
): ReportDecisionPoints {
  const changesOf = new Map<number, CausedChange[]>();
  const changes = (move: number) => {
    let list = changesOf.get(move);
    if (list === undefined) {
      list = moveChanges(view, move);
      changesOf.set(move, list);
    }
    return list;
  };
  const scored = history.filter((point) => !point.practice);
  const swings: ReportDecisionPoints['swings'] = [];
  scored.forEach((point, index) => {
    const previous = scored[index - 1];
    if (previous === undefined) return;
    // A final point after the move's own point holds only what the dilemma changed.
    const afterOwnPoint =
      point.label === 'final' &&
      scored.some((other) => other.label === 'after-move' && other.move === point.move);
    const stages: ChangeStage[] = afterOwnPoint
      ? ['dilemma']
      : ['release', 'adjudication', 'dilemma'];
    for (const track of tracks) {
      const from = previous.values[track.id] ?? track.start;
      const to = point.values[track.id] ?? track.start;
      if (from === to) continue;
      const causes = changes(point.move)
        .filter((item) => item.track === track.id && stages.includes(item.stage))
        .map(withoutStage);
      swings.push({ move: point.move, track: track.id, from, to, causes });
    }
  });
  const ladders = new Set(tracks.filter((track) => track.steps !== null).map((track) => track.id));
  const steps = playedMoves(view)
    .filter((move) => !isPracticeMove(view, move))
    .flatMap((move) =>
      changes(move)
        .filter((item) => ladders.has(item.track))
        .map((item) => ({ move, ...withoutStage(item) })),
    );
  return {
    swings: largestFirst(tracks, swings).slice(0, MAX_SWINGS),
    steps,
    earlyEnding: ending !== null && ending.kind !== 'final' ? ending : null,
  };
}

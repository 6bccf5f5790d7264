import type { ReplayTimelineResponse } from '@borderline/shared';

export type Jump =
  | 'first'
  | 'last'
  | 'previousStep'
  | 'nextStep'
  | 'previousPhase'
  | 'nextPhase'
  | 'previousMove'
  | 'nextMove';

export type Timeline = Pick<ReplayTimelineResponse, 'steps' | 'phases' | 'forkPoints'>;

/** The largest of `starts` before `current`, else the first step. */
function previousOf(starts: number[], current: number): number {
  return starts.filter((start) => start < current).reduce((a, b) => Math.max(a, b), 0);
}

/** The smallest of `starts` after `current`, else the last step. */
function nextOf(starts: number[], current: number, last: number): number {
  return starts.filter((start) => start > current).reduce((a, b) => Math.min(a, b), last);
}

/**
 * Where a jump leads from `current`. "Previous" goes back to the start of
 * the current phase (or move) first, as a player's "previous track" does;
 * a move starts where Control opened it (its injects phase), so lobby and
 * briefing come before the first move and the hotwash after the last.
 */
export function jump(timeline: Timeline, current: number, to: Jump): number {
  const last = Math.max(0, timeline.steps.length - 1);
  const phaseStarts = timeline.phases.map((span) => span.first);
  const moveStarts = timeline.forkPoints.map((point) => point.step);
  switch (to) {
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'previousStep':
      return Math.max(0, current - 1);
    case 'nextStep':
      return Math.min(last, current + 1);
    case 'previousPhase':
      return previousOf(phaseStarts, current);
    case 'nextPhase':
      return nextOf(phaseStarts, current, last);
    case 'previousMove':
      return previousOf(moveStarts, current);
    case 'nextMove':
      return nextOf([...moveStarts, afterLastMove(timeline)], current, last);
  }
}

/** Where the play was over: the first step after the last move (a dilemma, the hotwash). */
function afterLastMove(timeline: Timeline): number {
  const lastMove = timeline.forkPoints.at(-1);
  if (lastMove === undefined) return timeline.steps.length - 1;
  const over = timeline.steps.find(
    (step) => step.index > lastMove.step && ['dilemma', 'hotwash', 'ended'].includes(step.phase),
  );
  return over?.index ?? timeline.steps.length - 1;
}

/** The jump a key asks for on the replay (null: not ours; a select keeps its own arrows). */
export function jumpForKey(key: string, shift: boolean): Jump | null {
  switch (key) {
    case 'ArrowLeft':
      return shift ? 'previousPhase' : 'previousStep';
    case 'ArrowRight':
      return shift ? 'nextPhase' : 'nextStep';
    case 'PageUp':
      return 'previousMove';
    case 'PageDown':
      return 'nextMove';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** A step number from the address (`?step=12`), within the timeline; null when absent or wrong. */
export function stepFromSearch(search: string, timeline: Timeline): number | null {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const step = Number(raw);
  return step < timeline.steps.length ? step : null;
}

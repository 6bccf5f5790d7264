import type { ExerciseView, Notice } from '@borderline/shared';

/**
 * The notices one recipient gets for a change: derived from its previous and
 * its next view, never from the state, so that a notice cannot tell more
 * than the view already does. No notices for a first view.
 */
export function diffNotices(previous: ExerciseView | null, next: ExerciseView): Notice[] {
  if (previous === null) return [];
  const notices: Notice[] = [];
  const before = previous.exercise;
  const after = next.exercise;
  if (before.phase !== after.phase || before.move !== after.move) {
    notices.push({ type: 'phase.changed', phase: after.phase, move: after.move });
  }
  if (before.paused !== after.paused) {
    notices.push({ type: after.paused ? 'exercise.paused' : 'exercise.resumed' });
  }
  if (before.locked !== after.locked) notices.push({ type: 'lobby.locked', locked: after.locked });
  // A team leaving the (public) list of pending teams has decided; the decision itself may
  // stay hidden until the results.
  if (before.move === after.move) {
    for (const team of before.turn.pending) {
      if (!after.turn.pending.includes(team)) {
        notices.push({ type: 'decision.submitted', team, move: after.move });
      }
    }
  }
  const known = new Set(previous.injects.map((inject) => inject.id));
  for (const inject of next.injects) {
    if (!known.has(inject.id)) {
      notices.push({ type: 'inject.released', inject: inject.id, title: inject.title });
    }
  }
  for (const adjudication of next.adjudications.slice(previous.adjudications.length)) {
    notices.push({ type: 'adjudication.published', move: adjudication.move });
  }
  if (previous.ending === null && next.ending !== null) {
    notices.push({ type: 'exercise.ended', ending: next.ending.state.id });
  }
  notices.push(...rosterNotices(previous, next));
  return notices;
}

function rosterNotices(previous: ExerciseView, next: ExerciseView): Notice[] {
  const notices: Notice[] = [];
  const before = new Map(previous.roster.map((entry) => [entry.id, entry]));
  const after = new Set(next.roster.map((entry) => entry.id));
  for (const entry of next.roster) {
    if (!before.has(entry.id)) {
      notices.push({ type: 'player.joined', player: entry.id, name: entry.name });
    }
  }
  for (const entry of previous.roster) {
    if (!after.has(entry.id)) {
      notices.push({ type: 'player.left', player: entry.id, name: entry.name });
    }
  }
  return notices;
}

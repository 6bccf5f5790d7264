import type { EventOf } from '../events';
import type { ExerciseContext } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { setTrack } from './apply-effects';
import { releaseNow } from './release-injects';
import { adjustTimer, pauseTimer, resumeTimer } from './timer';

export function pause(context: ExerciseContext, at: number): Partial<ExerciseContext> {
  return { pausedAt: at, timer: pauseTimer(context.timer, at) };
}

export function resume(context: ExerciseContext, at: number): Partial<ExerciseContext> {
  return { pausedAt: null, timer: resumeTimer(context.timer, at) };
}

export function adjustDeadline(
  context: ExerciseContext,
  event: EventOf<'facilitator.adjustDeadline'>,
): Partial<ExerciseContext> {
  return context.timer === null
    ? {}
    : { timer: adjustTimer(context.timer, event.deltaMs, event.at) };
}

export function addNarrative(
  context: ExerciseContext,
  event: EventOf<'facilitator.addNarrative'>,
): Partial<ExerciseContext> {
  const entry = { move: context.move, phase: context.phase, at: event.at, text: event.text.trim() };
  return { narrative: [...context.narrative, entry] };
}

/** Control sets a track outside a review: it takes effect at once, with its reason on record. */
export function overrideTrackNow(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.overrideTrack'>,
): Partial<ExerciseContext> {
  const from = context.tracks[event.track] ?? null;
  const applied = setTrack(index.tracks, context.tracks, event.track, event.value);
  const record = {
    move: context.move,
    at: event.at,
    kind: 'track' as const,
    target: event.track,
    from,
    to: event.value,
    reason: event.reason.trim(),
  };
  return { tracks: applied.tracks, overrides: [...context.overrides, record] };
}

export function releaseInjectByHand(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.releaseInject'>,
): Partial<ExerciseContext> {
  const inject = index.injects.get(event.inject);
  if (inject === undefined) return {};
  return releaseNow(index, context, [inject], { kind: 'facilitator' }, event.at);
}

export function addReflection(
  context: ExerciseContext,
  event: EventOf<'player.submitReflection'>,
): Partial<ExerciseContext> {
  const answers = Object.fromEntries(
    Object.entries(event.answers)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([key, text]) => [key, text.trim()])
      .filter(([, text]) => text !== ''),
  );
  const reflection = { player: event.player, team: event.team ?? null, at: event.at, answers };
  return { reflections: [...context.reflections, reflection] };
}

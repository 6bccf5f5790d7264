import type { EventOf } from '../events';
import type { ExerciseContext } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { applyEffects } from './apply-effects';
import { concludingNotShown } from './release-injects';
import { scoreObjectives } from './score-objectives';
import { startTimer } from './timer';
import { worldOf } from './world';

/** Control ends the exercise now, optionally naming one of the scenario's endings. */
export function endEarly(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.endEarly'>,
): Partial<ExerciseContext> {
  const dilemma = event.ending === undefined ? undefined : index.endings.get(event.ending)?.dilemma;
  return {
    review: null,
    timer: null,
    pausedAt: null,
    ending: {
      id: event.ending ?? null,
      kind: 'facilitator',
      trace: null,
      move: context.move,
      at: event.at,
      reason: event.reason.trim(),
      dilemma: dilemma ? { team: dilemma.team, option: null, changes: [] } : null,
    },
  };
}

/** After the last move with no ending recorded yet (never happens when a final ending holds). */
export function settleEnding(context: ExerciseContext, at: number): Partial<ExerciseContext> {
  if (context.ending !== null) return {};
  const ending = { id: null, kind: 'final' as const, trace: null, move: context.move, at };
  return { ending: { ...ending, reason: null, dilemma: null } };
}

/** The dilemma's team chooses an option; its effects apply. */
export function resolveDilemma(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'team.chooseDilemmaOption'>,
): Partial<ExerciseContext> {
  const ending = context.ending;
  const dilemma = ending?.id == null ? undefined : index.endings.get(ending.id)?.dilemma;
  const option = dilemma?.options.find((candidate) => candidate.id === event.option);
  if (ending === null || option === undefined) return {};
  const applied = applyEffects(index.tracks, context.tracks, option.effects);
  const chosen = { team: event.team, option: option.id, changes: applied.changes };
  return { tracks: applied.tracks, ending: { ...ending, dilemma: chosen } };
}

/** The hotwash opens: the objectives are scored from the final world. */
export function conclude(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  const tracks = context.tracks;
  // Shown for discussion only: the world is over, so their effects do not apply.
  const debriefCards = concludingNotShown(index, context).map((inject) => ({
    inject: inject.id,
    move: context.move,
    at,
    cause: { kind: 'debrief' as const },
    changes: [],
  }));
  return {
    ...settleEnding(context, at),
    injects: [...context.injects, ...debriefCards],
    review: null,
    pausedAt: null,
    timer: startTimer(at, context.config.timing.hotwashMinutes),
    scores: scoreObjectives(index, worldOf(context)),
    trackHistory: [...context.trackHistory, { move: context.move, label: 'final', tracks }],
  };
}

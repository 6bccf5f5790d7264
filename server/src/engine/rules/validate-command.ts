import type { Effect } from '@borderline/shared';
import type { EventOf, ReflectionAnswers } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { actionName, injectName, teamName, trackName } from '../english-names';
import { refuse, type Refusal } from '../refusal';
import { formatHasPractice, type PlayConfig, type ScenarioIndex } from '../scenario-index';
import {
  alreadyEnding,
  noDeadline,
  noDilemma,
  noPracticeMove,
  practiceOver,
  practiceSkipped,
} from './state-refusals';
import { deadlinePassed } from './timer';
import { validateTurn } from './validate-decision';
import { worldOf } from './world';

/**
 * The content checks of Control's commands and the other events: each returns
 * null when the event may be applied, or the reason it may not. The machine's
 * guards call them; the facade reports their reasons.
 */
function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Whether the exercise has a practice move to skip at all (before the first move, a setting). */
export function validatePracticeSetting(index: ScenarioIndex, config: PlayConfig): Refusal | null {
  if (!formatHasPractice(index, config)) return noPracticeMove();
  // Once skipped, the practice move is gone: a second skip would record a no-op.
  return config.skipPractice === true ? practiceSkipped() : null;
}

/** During a move, only the practice move itself can be skipped. */
export function validateSkipPractice(
  index: ScenarioIndex,
  context: ExerciseContext,
): Refusal | null {
  return (
    validatePracticeSetting(index, context.config) ?? (context.move === 0 ? null : practiceOver())
  );
}

/**
 * The start check of a fork's lobby: every team's seat has a person or a
 * bot. The seats are the server's to know; it stamps the teams nobody plays
 * on the start event (`unseated`), and a start that does not say is refused
 * too, so play never resumes on a guess.
 */
export function validateEveryTeamSeated(
  index: ScenarioIndex,
  unseated: readonly string[] | undefined,
): Refusal | null {
  if (unseated === undefined) {
    return refuse(
      'teams-unseated',
      'Play resumes once every team has a player or a bot, and this start does not say who sits where.',
      { teams: [] },
    );
  }
  if (unseated.length === 0) return null;
  const names = unseated.map((team) => teamName(index, team));
  return refuse(
    'teams-unseated',
    `Every team needs a player or a bot before play resumes; nobody plays ${names.join(', ')} yet.`,
    { teams: [...unseated] },
  );
}

export function validateReleaseInject(
  index: ScenarioIndex,
  context: ExerciseContext,
  inject: string,
): Refusal | null {
  if (!index.injects.has(inject))
    return refuse('unknown-inject', `There is no inject "${inject}".`);
  if (worldOf(context).injects.includes(inject)) {
    return refuse(
      'inject-already-released',
      `The inject ${injectName(index, inject)} has already been released.`,
      { inject },
    );
  }
  return null;
}

export function validateAdjustDeadline(context: ExerciseContext, deltaMs: number): Refusal | null {
  if (context.timer === null) return noDeadline();
  if (!Number.isFinite(deltaMs) || deltaMs === 0) {
    return refuse('invalid-delta', 'Give a non-zero number of milliseconds to add or remove.');
  }
  return null;
}

export function validateDeadlineReached(context: ExerciseContext, at: number): Refusal | null {
  if (context.timer === null) return noDeadline();
  if (!deadlinePassed(context.timer, at)) {
    return refuse('deadline-not-reached', 'The deadline has not passed yet.');
  }
  return null;
}

export function validateSkipTurn(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
): Refusal | null {
  return validateTurn(index, context, team);
}

function validateReason(reason: string | undefined): Refusal | null {
  return blank(reason) ? refuse('missing-reason', 'Give a reason; it goes on record.') : null;
}

export function validateEffects(index: ScenarioIndex, effects: readonly Effect[]): Refusal | null {
  const unknown = effects.find((effect) => !index.tracks.has(effect.track));
  return unknown ? refuse('unknown-track', `There is no track "${unknown.track}".`) : null;
}

export function validateReviewTarget(
  index: ScenarioIndex,
  context: ExerciseContext,
  action: string,
  freeformOnly: boolean,
): Refusal | null {
  const result = context.review?.results.find((candidate) => candidate.id === action);
  if (result === undefined) {
    return refuse('unknown-action', `No action "${action}" is under review.`);
  }
  if (freeformOnly && !result.freeform) {
    return refuse(
      'not-freeform',
      `${actionName(index, result)} plays an action card; its odds come from the card.`,
      { action },
    );
  }
  return null;
}

export function validateFreeformOdds(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.setFreeformOdds'>,
): Refusal | null {
  const target = validateReviewTarget(index, context, event.action, true);
  if (target !== null) return target;
  if (!Number.isInteger(event.odds) || event.odds < 0 || event.odds > 100) {
    return refuse('invalid-odds', 'Odds are a whole percentage from 0 to 100.');
  }
  return (
    validateEffects(index, [...(event.onSuccess ?? []), ...(event.onFailure ?? [])]) ??
    validateReason(event.reason)
  );
}

export function validateVeto(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.vetoFreeform'>,
): Refusal | null {
  return validateReviewTarget(index, context, event.action, true) ?? validateReason(event.reason);
}

export function validateOverrideOutcome(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'facilitator.overrideOutcome'>,
): Refusal | null {
  return validateReviewTarget(index, context, event.action, false) ?? validateReason(event.reason);
}

export function validateTrackOverride(
  index: ScenarioIndex,
  event: EventOf<'facilitator.overrideTrack'>,
): Refusal | null {
  const track = index.tracks.get(event.track);
  if (track === undefined) return refuse('unknown-track', `There is no track "${event.track}".`);
  if (!Number.isInteger(event.value) || event.value < track.min || event.value > track.max) {
    return refuse(
      'out-of-range',
      `${trackName(index, event.track)} takes whole values from ${track.min} to ${track.max}.`,
      { track: event.track, min: track.min, max: track.max },
    );
  }
  return validateReason(event.reason);
}

export function validateNarrative(text: string): Refusal | null {
  return blank(text) ? refuse('empty-text', 'The narrative is empty.') : null;
}

export function validatePublish(index: ScenarioIndex, context: ExerciseContext): Refusal | null {
  const pending = context.review?.results.filter((result) => result.outcome === 'pending') ?? [];
  if (pending.length === 0) return null;
  const names = pending.map((result) => actionName(index, result)).join(', ');
  return refuse('freeform-odds-missing', `Set the odds of, or veto: ${names}.`, {
    actions: pending.map((result) => result.id),
  });
}

/**
 * The exercise ends once: not again from its dilemma or hotwash. Asked of
 * the phase, because the paused state takes the event too and knows the
 * phase only from the context.
 */
export function validateNotEnding(context: ExerciseContext): Refusal | null {
  return context.phase === 'dilemma' || context.phase === 'hotwash' ? alreadyEnding() : null;
}

export function validateEndEarly(
  index: ScenarioIndex,
  event: EventOf<'facilitator.endEarly'>,
): Refusal | null {
  if (event.ending !== undefined && !index.endings.has(event.ending)) {
    return refuse('unknown-ending', `There is no ending "${event.ending}".`);
  }
  return validateReason(event.reason);
}

export function validateDilemmaChoice(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'team.chooseDilemmaOption'>,
): Refusal | null {
  const pending = context.ending?.dilemma;
  if (!pending || pending.option !== null) return noDilemma();
  if (pending.team !== event.team) {
    return refuse(
      'not-dilemma-team',
      `The dilemma is for ${teamName(index, pending.team)} to resolve.`,
      { team: pending.team },
    );
  }
  const endingId = context.ending?.id;
  const ending = endingId == null ? undefined : index.endings.get(endingId);
  if (!ending?.dilemma?.options.some((option) => option.id === event.option)) {
    return refuse('unknown-option', `The dilemma has no option "${event.option}".`);
  }
  return null;
}

export function validateReflection(
  index: ScenarioIndex,
  player: string,
  team: string | undefined,
  answers: ReflectionAnswers,
): Refusal | null {
  if (team !== undefined && !index.teams.has(team)) {
    return refuse('unknown-team', `There is no team "${team}".`);
  }
  if (blank(player) || Object.values(answers).every((text) => blank(text))) {
    return refuse('empty-reflection', 'A reflection needs a player and at least one answer.');
  }
  return null;
}

import { EVENT_TYPES, type ExerciseEvent } from './events';
import type { ExerciseContext, Phase } from './exercise-context';
import { refuse, type Refusal } from './refusal';
import { formatHasPractice, type ScenarioIndex } from './scenario-index';
import * as check from './rules/validate-command';
import { validateDecision } from './rules/validate-decision';

export interface RefusalState {
  context: ExerciseContext;
  paused: boolean;
  ended: boolean;
}

const ALLOWED_WHILE_PAUSED: readonly ExerciseEvent['type'][] = [
  'facilitator.resume',
  'facilitator.adjustDeadline',
  'facilitator.addNarrative',
  'facilitator.endEarly',
];

const notStarted = () => refuse('not-started', 'The exercise has not started yet.');
const wrongPhase = (what: string, phase: Phase) =>
  refuse('wrong-phase', `${what} is not possible during the ${phase} phase.`);

function explainAdvance(phase: Phase): Refusal {
  switch (phase) {
    case 'lobby':
      return notStarted();
    case 'decisions':
      return refuse('decisions-pending', 'Teams are still deciding; skip a team to move on.');
    case 'adjudication':
      return refuse('adjudication-in-review', 'Publish the adjudication to show the results.');
    case 'dilemma':
      return refuse('dilemma-pending', 'The dilemma waits for its team to choose.');
    case 'hotwash':
      return refuse('hotwash-open', 'Close the hotwash to end the exercise.');
    default:
      return wrongPhase('Advancing', phase);
  }
}

function explainSkipPractice(index: ScenarioIndex, context: ExerciseContext): Refusal {
  if (!formatHasPractice(index, context.config)) {
    return refuse('no-practice-move', 'This exercise has no practice move to skip.');
  }
  return refuse('practice-over', 'The practice move is already over.');
}

function explainReleaseInject(
  index: ScenarioIndex,
  context: ExerciseContext,
  inject: string,
): Refusal | null {
  const { phase } = context;
  if (phase === 'lobby') return notStarted();
  if (phase === 'adjudication') {
    return refuse('adjudication-in-review', 'Publish the adjudication before releasing injects.');
  }
  if (phase === 'briefing' || phase === 'dilemma' || phase === 'hotwash') {
    return wrongPhase('Releasing an inject', phase);
  }
  return check.validateReleaseInject(index, context, inject);
}

function explainByType(index: ScenarioIndex, state: RefusalState, event: ExerciseEvent) {
  const { context } = state;
  const { phase } = context;
  const inPhase = (wanted: Phase, what: string) =>
    phase === wanted ? null : wrongPhase(what, phase);
  switch (event.type) {
    case 'facilitator.start':
      return refuse('already-started', 'The exercise has already started.');
    case 'facilitator.skipPractice':
      return explainSkipPractice(index, context);
    case 'facilitator.advance':
      return explainAdvance(phase);
    case 'facilitator.releaseInject':
      return explainReleaseInject(index, context, event.inject);
    case 'facilitator.pause':
      if (phase === 'lobby') return notStarted();
      return state.paused ? refuse('already-paused', 'The exercise is already paused.') : null;
    case 'facilitator.resume':
      return refuse('not-paused', 'The exercise is not paused.');
    case 'facilitator.adjustDeadline':
      return phase === 'lobby'
        ? notStarted()
        : check.validateAdjustDeadline(context, event.deltaMs);
    case 'facilitator.skipTurn':
      return (
        inPhase('decisions', 'Skipping a turn') ??
        check.validateSkipTurn(index, context, event.team)
      );
    case 'facilitator.setFreeformOdds':
      return (
        inPhase('adjudication', 'Setting odds') ?? check.validateFreeformOdds(index, context, event)
      );
    case 'facilitator.vetoFreeform':
      return inPhase('adjudication', 'A veto') ?? check.validateVeto(context, event);
    case 'facilitator.overrideOutcome':
      return (
        inPhase('adjudication', 'Overriding an outcome') ??
        check.validateOverrideOutcome(context, event)
      );
    case 'facilitator.overrideTrack':
      if (phase === 'lobby') return notStarted();
      if (phase === 'dilemma' || phase === 'hotwash')
        return wrongPhase('Overriding a track', phase);
      return check.validateTrackOverride(index, event);
    case 'facilitator.addNarrative':
      return phase === 'lobby' ? notStarted() : check.validateNarrative(event.text);
    case 'facilitator.publishAdjudication':
      return inPhase('adjudication', 'Publishing') ?? check.validatePublish(context);
    case 'facilitator.endEarly':
      if (phase === 'lobby') return notStarted();
      if (phase === 'dilemma' || phase === 'hotwash') {
        return refuse('already-ending', 'The exercise is already ending.');
      }
      return check.validateEndEarly(index, event);
    case 'facilitator.closeHotwash':
      return inPhase('hotwash', 'Closing the hotwash');
    case 'team.submitDecision':
      return (
        inPhase('decisions', 'Submitting a decision') ??
        validateDecision(index, context, event.team, event.decision)
      );
    case 'team.chooseDilemmaOption':
      return phase === 'dilemma'
        ? check.validateDilemmaChoice(index, context, event)
        : refuse('no-dilemma', 'No dilemma is waiting for a choice.');
    case 'player.submitReflection':
      return (
        inPhase('hotwash', 'Submitting a reflection') ??
        check.validateReflection(index, event.player, event.team, event.answers)
      );
    case 'clock.deadlineReached':
      return check.validateDeadlineReached(context, event.at);
  }
}

/**
 * Why the machine did not accept an event, as a code and a message. Called
 * only after the machine refused, so it mirrors the machine's structure: the
 * state first (ended, paused, wrong phase), then the same content checks the
 * guards run.
 */
export function explainRefusal(
  index: ScenarioIndex,
  state: RefusalState,
  event: ExerciseEvent,
): Refusal {
  if (!(EVENT_TYPES as readonly string[]).includes(event.type)) {
    return refuse('unknown-event', `Unknown event "${String(event.type)}".`);
  }
  if (state.ended) return refuse('exercise-ended', 'The exercise has ended.');
  if (state.paused && !ALLOWED_WHILE_PAUSED.includes(event.type)) {
    if (event.type === 'facilitator.pause') {
      return refuse('already-paused', 'The exercise is already paused.');
    }
    return refuse('paused', 'The exercise is paused; resume it first.');
  }
  return explainByType(index, state, event) ?? wrongPhase(`"${event.type}"`, state.context.phase);
}

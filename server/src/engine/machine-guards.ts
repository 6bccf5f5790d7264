import type { ExerciseEvent } from './events';
import type { ExerciseContext, Phase } from './exercise-context';
import { formatHasPractice, type ScenarioIndex } from './scenario-index';
import { afterResults } from './rules/after-results';
import { allTeamsDecided } from './rules/turns';
import * as check from './rules/validate-command';
import { validateDecision } from './rules/validate-decision';

const RELEASE_PHASES: readonly Phase[] = ['injects', 'deliberation', 'decisions', 'results'];
const CONCLUDING: readonly Phase[] = ['dilemma', 'hotwash'];

type Guard = (args: { context: ExerciseContext; event: ExerciseEvent }) => boolean;

/**
 * The machine's guards: each a named question about the state and the event,
 * answered by the same checks that explain a refusal.
 */
export function createGuards(s: ScenarioIndex) {
  return {
    // Once skipped, the practice move is gone: a second skip would record a no-op.
    hasPracticeMove: ({ context }) =>
      formatHasPractice(s, context.config) && context.config.skipPractice !== true,
    isPracticeMove: ({ context }) => context.move === 0 && formatHasPractice(s, context.config),
    deadlinePassed: ({ context, event }) =>
      check.validateDeadlineReached(context, event.at) === null,
    decisionIsValid: ({ context, event }) =>
      event.type === 'team.submitDecision' &&
      validateDecision(s, context, event.team, event.decision) === null,
    canSkipTurn: ({ context, event }) =>
      event.type === 'facilitator.skipTurn' &&
      check.validateSkipTurn(s, context, event.team) === null,
    allTeamsDecided: ({ context }) => allTeamsDecided(s, context),
    canReleaseInject: ({ context, event }) =>
      event.type === 'facilitator.releaseInject' &&
      RELEASE_PHASES.includes(context.phase) &&
      check.validateReleaseInject(s, context, event.inject) === null,
    canAdjustDeadline: ({ context, event }) =>
      event.type === 'facilitator.adjustDeadline' &&
      check.validateAdjustDeadline(context, event.deltaMs) === null,
    narrativeIsValid: ({ event }) =>
      event.type === 'facilitator.addNarrative' && check.validateNarrative(event.text) === null,
    canOverrideTrackNow: ({ context, event }) =>
      event.type === 'facilitator.overrideTrack' &&
      context.phase !== 'adjudication' &&
      !CONCLUDING.includes(context.phase) &&
      check.validateTrackOverride(s, event) === null,
    trackOverrideIsValid: ({ event }) =>
      event.type === 'facilitator.overrideTrack' && check.validateTrackOverride(s, event) === null,
    freeformOddsAreValid: ({ context, event }) =>
      event.type === 'facilitator.setFreeformOdds' &&
      check.validateFreeformOdds(s, context, event) === null,
    vetoIsValid: ({ context, event }) =>
      event.type === 'facilitator.vetoFreeform' && check.validateVeto(context, event) === null,
    outcomeOverrideIsValid: ({ context, event }) =>
      event.type === 'facilitator.overrideOutcome' &&
      check.validateOverrideOutcome(context, event) === null,
    adjudicationIsComplete: ({ context }) => check.validatePublish(context) === null,
    canEndEarly: ({ context, event }) =>
      event.type === 'facilitator.endEarly' &&
      !CONCLUDING.includes(context.phase) &&
      check.validateEndEarly(s, event) === null,
    requestedEndingHasDilemma: ({ event }) =>
      event.type === 'facilitator.endEarly' &&
      event.ending !== undefined &&
      s.endings.get(event.ending)?.dilemma !== undefined,
    endingNeedsDilemma: ({ context }) => afterResults(s, context).kind === 'dilemma',
    exerciseIsOver: ({ context }) => afterResults(s, context).kind === 'hotwash',
    dilemmaChoiceIsValid: ({ context, event }) =>
      event.type === 'team.chooseDilemmaOption' &&
      check.validateDilemmaChoice(s, context, event) === null,
    reflectionIsValid: ({ event }) =>
      event.type === 'player.submitReflection' &&
      check.validateReflection(s, event.player, event.team, event.answers) === null,
  } satisfies Record<string, Guard>;
}

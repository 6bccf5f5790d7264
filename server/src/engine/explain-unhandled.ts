import type { ExerciseEventType } from './events';
import type { ExerciseContext, Phase } from './exercise-context';
import { refuse, type Refusal } from './refusal';
import type { ScenarioIndex } from './scenario-index';
import { alreadyEnding, noDeadline, noDilemma, practiceOver } from './rules/state-refusals';
import { validatePracticeSetting } from './rules/validate-command';

type Explain = (index: ScenarioIndex, context: ExerciseContext) => Refusal;

const notStarted = () => refuse('not-started', 'The exercise has not started yet.');
const wrongPhase = (what: string, phase: Phase) =>
  refuse('wrong-phase', `${what} is not possible during the ${phase} phase.`, { phase });

/** Not before the exercise starts; otherwise not in this phase. */
const started =
  (what: string): Explain =>
  (_index, { phase }) =>
    phase === 'lobby' ? notStarted() : wrongPhase(what, phase);

/** Only in one phase, whichever phase it is now. */
const only =
  (what: string): Explain =>
  (_index, { phase }) =>
    wrongPhase(what, phase);

function explainAdvance(_index: ScenarioIndex, { phase }: ExerciseContext): Refusal {
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

/**
 * Why a state refuses an event type it has no transition for. The machine
 * says which types a state takes (the explanation asks it); this table only
 * words the refusal, one entry per type, so none falls to a generic reason.
 */
const UNHANDLED: Record<ExerciseEventType, Explain> = {
  'facilitator.start': () => refuse('already-started', 'The exercise has already started.'),
  'facilitator.skipPractice': (index, context) =>
    validatePracticeSetting(index, context.config) ?? practiceOver(),
  'facilitator.advance': explainAdvance,
  'facilitator.releaseInject': (index, context) =>
    context.phase === 'adjudication'
      ? refuse('adjudication-in-review', 'Publish the adjudication before releasing injects.')
      : started('Releasing an inject')(index, context),
  'facilitator.pause': started('Pausing'),
  'facilitator.resume': () => refuse('not-paused', 'The exercise is not paused.'),
  'facilitator.adjustDeadline': started('Adjusting the deadline'),
  'facilitator.skipTurn': only('Skipping a turn'),
  'facilitator.setFreeformOdds': only('Setting odds'),
  'facilitator.vetoFreeform': only('A veto'),
  'facilitator.overrideOutcome': only('Overriding an outcome'),
  'facilitator.overrideTrack': started('Overriding a track'),
  'facilitator.addNarrative': started('Adding narrative'),
  'facilitator.publishAdjudication': only('Publishing'),
  'facilitator.endEarly': (index, context) =>
    context.phase === 'dilemma' || context.phase === 'hotwash'
      ? alreadyEnding()
      : started('Ending early')(index, context),
  'facilitator.openDebriefStage': started('Opening a stage of the debrief'),
  'facilitator.closeHotwash': only('Closing the hotwash'),
  'team.submitDecision': only('Submitting a decision'),
  'team.chooseDilemmaOption': noDilemma,
  'player.submitReflection': only('Submitting a reflection'),
  'player.answerKnowledgeCheck': () =>
    refuse(
      'knowledge-check-closed',
      'The knowledge check is taken before the first move and again in the hotwash.',
    ),
  // The phases without a transition for it are the untimed ones.
  'clock.deadlineReached': noDeadline,
  'fork.openLobby': (_index, { phase }) =>
    phase === 'lobby'
      ? refuse('not-started', 'The exercise is already in its lobby.')
      : wrongPhase('Opening a fork’s lobby (only at the opening of a move)', phase),
};

/** The refusal of an event type the current state has no transition for. */
export function explainUnhandled(
  index: ScenarioIndex,
  context: ExerciseContext,
  paused: boolean,
  type: ExerciseEventType,
): Refusal {
  if (paused) {
    return type === 'facilitator.pause'
      ? refuse('already-paused', 'The exercise is already paused.')
      : refuse('paused', 'The exercise is paused; resume it first.');
  }
  return UNHANDLED[type](index, context);
}

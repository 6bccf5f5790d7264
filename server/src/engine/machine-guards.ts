import type { ExerciseEvent } from './events';
import type { ExerciseContext } from './exercise-context';
import { onEvent } from './event-rule';
import type { Refusal } from './refusal';
import type { ScenarioIndex } from './scenario-index';
import { afterResults } from './rules/after-results';
import { validateKnowledgeAnswers } from './rules/knowledge-check';
import { validateDebriefStage } from './rules/debrief-stage';
import { allTeamsDecided } from './rules/turns';
import * as check from './rules/validate-command';
import { validateDecision } from './rules/validate-decision';

export interface GuardArgs {
  context: ExerciseContext;
  event: ExerciseEvent;
}

/** A guard that may refuse an event: null when its transition may be taken, else the reason not. */
export type Check = (args: GuardArgs) => Refusal | null;

/**
 * A guard that only picks which of an event's transitions is taken. It never
 * gives the reason for a refusal: a transition after it does.
 */
export type Branch = (args: GuardArgs) => boolean;

function createChecks(s: ScenarioIndex) {
  return {
    hasPracticeMove: ({ context }) => check.validatePracticeSetting(s, context.config),
    everyTeamSeated: onEvent('facilitator.start', (_context, event) =>
      check.validateEveryTeamSeated(s, event.unseated),
    ),
    isPracticeMove: ({ context }) => check.validateSkipPractice(s, context),
    deadlinePassed: ({ context, event }) => check.validateDeadlineReached(context, event.at),
    decisionIsValid: onEvent('team.submitDecision', (context, event) =>
      validateDecision(s, context, event.team, event.decision),
    ),
    canSkipTurn: onEvent('facilitator.skipTurn', (context, event) =>
      check.validateSkipTurn(s, context, event.team),
    ),
    canReleaseInject: onEvent('facilitator.releaseInject', (context, event) =>
      check.validateReleaseInject(s, context, event.inject),
    ),
    canAdjustDeadline: onEvent('facilitator.adjustDeadline', (context, event) =>
      check.validateAdjustDeadline(context, event.deltaMs),
    ),
    narrativeIsValid: onEvent('facilitator.addNarrative', (_context, event) =>
      check.validateNarrative(event.text),
    ),
    trackOverrideIsValid: onEvent('facilitator.overrideTrack', (_context, event) =>
      check.validateTrackOverride(s, event),
    ),
    freeformOddsAreValid: onEvent('facilitator.setFreeformOdds', (context, event) =>
      check.validateFreeformOdds(s, context, event),
    ),
    vetoIsValid: onEvent('facilitator.vetoFreeform', (context, event) =>
      check.validateVeto(s, context, event),
    ),
    outcomeOverrideIsValid: onEvent('facilitator.overrideOutcome', (context, event) =>
      check.validateOverrideOutcome(s, context, event),
    ),
    adjudicationIsComplete: ({ context }) => check.validatePublish(s, context),
    canEndEarly: onEvent(
      'facilitator.endEarly',
      (context, event) => check.validateNotEnding(context) ?? check.validateEndEarly(s, event),
    ),
    dilemmaChoiceIsValid: onEvent('team.chooseDilemmaOption', (context, event) =>
      check.validateDilemmaChoice(s, context, event),
    ),
    reflectionIsValid: onEvent('player.submitReflection', (_context, event) =>
      check.validateReflection(s, event.player, event.team, event.answers),
    ),
    knowledgeCheckBeforeIsValid: onEvent('player.answerKnowledgeCheck', (context, event) =>
      validateKnowledgeAnswers(s, context, event, 'before'),
    ),
    knowledgeCheckAfterIsValid: onEvent('player.answerKnowledgeCheck', (context, event) =>
      validateKnowledgeAnswers(s, context, event, 'after'),
    ),
    debriefStageIsKnown: onEvent('facilitator.openDebriefStage', (_context, event) =>
      validateDebriefStage(event.stage),
    ),
  } satisfies Record<string, Check>;
}

type Checks = ReturnType<typeof createChecks>;

function createBranches(s: ScenarioIndex, checks: Checks) {
  return {
    allTeamsDecided: ({ context }) => allTeamsDecided(s, context),
    endsInDilemma: (args) =>
      checks.canEndEarly(args) === null &&
      onEvent('facilitator.endEarly', (_context, event) =>
        event.ending === undefined ? false : s.endings.get(event.ending)?.dilemma !== undefined,
      )(args),
    endingNeedsDilemma: ({ context }) => afterResults(s, context).kind === 'dilemma',
    exerciseIsOver: ({ context }) => afterResults(s, context).kind === 'hotwash',
  } satisfies Record<string, Branch>;
}

export interface GuardTable {
  checks: Checks;
  branches: ReturnType<typeof createBranches>;
}

const tables = new WeakMap<ScenarioIndex, GuardTable>();

/**
 * The machine's guards for one scenario, as the explanation of a refusal
 * reads them: the checks, whose refusal is the reason, and the branches.
 */
export function guardTable(s: ScenarioIndex): GuardTable {
  let table = tables.get(s);
  if (table === undefined) {
    const checks = createChecks(s);
    table = { checks, branches: createBranches(s, checks) };
    tables.set(s, table);
  }
  return table;
}

function passing<K extends string>(checks: Record<K, Check>): Record<K, Branch> {
  const guards = Object.entries<Check>(checks).map(([name, rule]) => {
    const guard: Branch = (args) => rule(args) === null;
    return [name, guard] as const;
  });
  // Object.fromEntries forgets the names; they are the checks' own.
  return Object.fromEntries(guards) as Record<K, Branch>;
}

/**
 * The guards as the machine takes them: each check passes when it gives no
 * refusal, so a guard and the explanation of its refusal cannot disagree.
 */
export function createGuards(s: ScenarioIndex) {
  const { checks, branches } = guardTable(s);
  return { ...passing(checks), ...branches };
}

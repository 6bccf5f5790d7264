import type { ExerciseTag, Scenario } from '@borderline/shared';
import { assign, setup } from 'xstate';
import type { ExerciseEvent } from './events';
import type { ExerciseContext, ExerciseInput, Phase } from './exercise-context';
import { onEvent } from './event-rule';
import { createGuards } from './machine-guards';
import { indexScenario } from './scenario-index';
import { conclude, endEarly, resolveDilemma } from './rules/conclude';
import * as command from './rules/facilitator-commands';
import { openDebriefStage } from './rules/debrief-stage';
import { createInitialContext } from './rules/initial-context';
import { addKnowledgeAttempt } from './rules/knowledge-check';
import * as lifecycle from './rules/open-move';
import { publishAdjudication } from './rules/publish-adjudication';
import { holdOnDeadline, recordDecision } from './rules/record-decision';
import * as review from './rules/review-adjudication';

export type { ExerciseTag };

/**
 * The exercise machine for one scenario. The guards close over the scenario
 * (never copied into the context); every guard is named, a check (whose
 * refusal explains a refused event) or a branch, and every action is a
 * one-liner calling a rule. No `after`, no `invoke`: time comes in events,
 * so the machine is pure and its graph can be walked.
 */
export function createExerciseMachine(scenario: Scenario) {
  const s = indexScenario(scenario);
  const machineSetup = setup({
    types: {} as {
      context: ExerciseContext;
      events: ExerciseEvent;
      input: ExerciseInput;
      tags: ExerciseTag;
    },
    guards: createGuards(s),
    actions: {
      setPhase: assign((_, params: { phase: Phase }) => ({ phase: params.phase })),
      start: assign(
        onEvent('facilitator.start', (context, event) =>
          lifecycle.startExercise(s, context, event.at, event.skipPractice),
        ),
      ),
      skipPractice: assign(({ context, event }) => lifecycle.skipPractice(s, context, event.at)),
      openFirstMove: assign(({ context, event }) => lifecycle.openFirstMove(s, context, event.at)),
      openNextMove: assign(({ context, event }) => lifecycle.openNextMove(s, context, event.at)),
      startDeliberation: assign(({ context, event }) =>
        lifecycle.startDeliberation(context, event.at),
      ),
      startDecisions: assign(({ context, event }) => lifecycle.startDecisions(context, event.at)),
      recordDecision: assign(
        onEvent('team.submitDecision', (context, event) =>
          recordDecision(s, context, event.team, event.decision, event.at),
        ),
      ),
      skipTurn: assign(
        onEvent('facilitator.skipTurn', (context, event) =>
          recordDecision(s, context, event.team, { kind: 'hold' }, event.at, 'skipped'),
        ),
      ),
      holdOnDeadline: assign(({ context, event }) => holdOnDeadline(s, context, event.at)),
      adjudicate: assign(({ context }) => review.beginAdjudication(s, context)),
      setFreeformOdds: assign(
        onEvent('facilitator.setFreeformOdds', (context, event) =>
          review.setFreeformOdds(s, context, event),
        ),
      ),
      vetoFreeform: assign(
        onEvent('facilitator.vetoFreeform', (context, event) =>
          review.vetoFreeform(s, context, event),
        ),
      ),
      overrideOutcome: assign(
        onEvent('facilitator.overrideOutcome', (context, event) =>
          review.overrideOutcome(s, context, event),
        ),
      ),
      overrideTrackInReview: assign(
        onEvent('facilitator.overrideTrack', (context, event) =>
          review.overrideTrackInReview(s, context, event),
        ),
      ),
      publish: assign(({ context, event }) => publishAdjudication(s, context, event.at)),
      endEarly: assign(
        onEvent('facilitator.endEarly', (context, event) => endEarly(s, context, event)),
      ),
      resolveDilemma: assign(
        onEvent('team.chooseDilemmaOption', (context, event) => resolveDilemma(s, context, event)),
      ),
      conclude: assign(({ context, event }) => conclude(s, context, event.at)),
      clearTimer: assign({ timer: null }),
      pause: assign(({ context, event }) => command.pause(context, event.at)),
      resume: assign(({ context, event }) => command.resume(context, event.at)),
      adjustDeadline: assign(
        onEvent('facilitator.adjustDeadline', (context, event) =>
          command.adjustDeadline(context, event),
        ),
      ),
      addNarrative: assign(
        onEvent('facilitator.addNarrative', (context, event) =>
          command.addNarrative(context, event),
        ),
      ),
      overrideTrackNow: assign(
        onEvent('facilitator.overrideTrack', (context, event) =>
          command.overrideTrackNow(s, context, event),
        ),
      ),
      releaseInject: assign(
        onEvent('facilitator.releaseInject', (context, event) =>
          command.releaseInjectByHand(s, context, event),
        ),
      ),
      addReflection: assign(
        onEvent('player.submitReflection', (context, event) =>
          command.addReflection(context, event),
        ),
      ),
      addKnowledgeAttempt: assign(
        onEvent('player.answerKnowledgeCheck', (context, event) =>
          addKnowledgeAttempt(context, event),
        ),
      ),
      openDebriefStage: assign(
        onEvent('facilitator.openDebriefStage', (_context, event) => openDebriefStage(event)),
      ),
    },
  });
  // The machine's own type for a state's transitions: the shared ones below
  // are checked (guard and action names) as if written inline.
  type Transitions = NonNullable<Parameters<typeof machineSetup.createMachine>[0]['on']>;

  // Control may skip the practice move as a setting until the first move opens.
  const skipPracticeSetting = {
    'facilitator.skipPractice': { guard: 'hasPracticeMove', actions: 'skipPractice' },
  } satisfies Transitions;

  // What Control may do whether the exercise runs or is paused: written once
  // for both states, so that pausing cannot drift from running.
  const runningOrPaused = {
    'facilitator.adjustDeadline': {
      guard: 'canAdjustDeadline',
      actions: 'adjustDeadline',
    },
    'facilitator.addNarrative': {
      guard: 'narrativeIsValid',
      actions: 'addNarrative',
    },
    'facilitator.endEarly': [
      {
        guard: 'endsInDilemma',
        target: '#exercise.active.dilemma',
        actions: 'endEarly',
      },
      {
        guard: 'canEndEarly',
        target: '#exercise.active.hotwash',
        actions: ['endEarly', 'conclude'],
      },
    ],
  } satisfies Transitions;

  // Control sets a track at once in any phase of play; the review has its
  // own override (into the adjudication), and an ending takes none.
  const overrideTrackNow = {
    'facilitator.overrideTrack': {
      guard: 'trackOverrideIsValid',
      actions: 'overrideTrackNow',
    },
  } satisfies Transitions;

  // The knowledge check's first sitting: before the first move opens.
  const knowledgeCheckBefore = {
    'player.answerKnowledgeCheck': {
      guard: 'knowledgeCheckBeforeIsValid',
      actions: 'addKnowledgeAttempt',
    },
  } satisfies Transitions;

  // A move's phases but its review: injects by hand and tracks at once.
  const inPlay = {
    'facilitator.releaseInject': {
      guard: 'canReleaseInject',
      actions: 'releaseInject',
    },
    ...overrideTrackNow,
  } satisfies Transitions;

  return machineSetup.createMachine({
    id: 'exercise',
    context: ({ input }) => createInitialContext(s, input),
    initial: 'lobby',
    states: {
      lobby: {
        tags: ['lobby'],
        on: {
          'facilitator.start': { target: 'active', actions: 'start' },
          ...skipPracticeSetting,
          ...knowledgeCheckBefore,
        },
      },
      // A fork's lobby: its world is the original's at the opening of the
      // forked move (context.move), nobody has been seated yet, and play
      // resumes at that move's injects once the start check passes. Its
      // phase is the lobby's, so every screen shows the lobby.
      forkLobby: {
        tags: ['lobby', 'fork-lobby'],
        entry: { type: 'setPhase', params: { phase: 'lobby' } },
        on: {
          'facilitator.start': {
            guard: 'everyTeamSeated',
            target: '#exercise.active.move.injects',
          },
        },
      },
      active: {
        initial: 'briefing',
        on: {
          ...runningOrPaused,
          'facilitator.pause': { target: 'paused', actions: 'pause' },
        },
        states: {
          history: { type: 'history', history: 'deep' },
          briefing: {
            tags: ['timed'],
            entry: { type: 'setPhase', params: { phase: 'briefing' } },
            on: {
              'facilitator.advance': { target: 'move', actions: 'openFirstMove' },
              'clock.deadlineReached': {
                guard: 'deadlinePassed',
                target: 'move',
                actions: 'openFirstMove',
              },
              ...skipPracticeSetting,
              ...overrideTrackNow,
              ...knowledgeCheckBefore,
            },
          },
          move: {
            tags: ['in-move'],
            initial: 'injects',
            on: {
              'facilitator.skipPractice': {
                guard: 'isPracticeMove',
                target: '.injects',
                actions: 'skipPractice',
              },
            },
            states: {
              injects: {
                tags: ['accepting-injects'],
                entry: { type: 'setPhase', params: { phase: 'injects' } },
                on: {
                  ...inPlay,
                  'facilitator.advance': {
                    target: 'deliberation',
                    actions: 'startDeliberation',
                  },
                  // Only a fork sends it, right after the opening of its move.
                  'fork.openLobby': { target: '#exercise.forkLobby' },
                },
              },
              deliberation: {
                tags: ['timed', 'accepting-injects'],
                entry: { type: 'setPhase', params: { phase: 'deliberation' } },
                on: {
                  ...inPlay,
                  'facilitator.advance': {
                    target: 'decisions',
                    actions: 'startDecisions',
                  },
                  'clock.deadlineReached': {
                    guard: 'deadlinePassed',
                    target: 'decisions',
                    actions: 'startDecisions',
                  },
                },
              },
              decisions: {
                tags: ['timed', 'accepting-decisions', 'accepting-injects'],
                entry: { type: 'setPhase', params: { phase: 'decisions' } },
                always: { guard: 'allTeamsDecided', target: 'adjudication', actions: 'adjudicate' },
                on: {
                  ...inPlay,
                  'team.submitDecision': {
                    guard: 'decisionIsValid',
                    actions: 'recordDecision',
                  },
                  'facilitator.skipTurn': { guard: 'canSkipTurn', actions: 'skipTurn' },
                  'clock.deadlineReached': {
                    guard: 'deadlinePassed',
                    actions: 'holdOnDeadline',
                  },
                },
              },
              adjudication: {
                tags: ['review'],
                entry: { type: 'setPhase', params: { phase: 'adjudication' } },
                on: {
                  'facilitator.setFreeformOdds': {
                    guard: 'freeformOddsAreValid',
                    actions: 'setFreeformOdds',
                  },
                  'facilitator.vetoFreeform': {
                    guard: 'vetoIsValid',
                    actions: 'vetoFreeform',
                  },
                  'facilitator.overrideOutcome': {
                    guard: 'outcomeOverrideIsValid',
                    actions: 'overrideOutcome',
                  },
                  'facilitator.overrideTrack': {
                    guard: 'trackOverrideIsValid',
                    actions: 'overrideTrackInReview',
                  },
                  'facilitator.publishAdjudication': {
                    guard: 'adjudicationIsComplete',
                    target: 'results',
                    actions: 'publish',
                  },
                },
              },
              results: {
                tags: ['accepting-injects'],
                entry: { type: 'setPhase', params: { phase: 'results' } },
                on: {
                  ...inPlay,
                  'facilitator.advance': [
                    {
                      guard: 'endingNeedsDilemma',
                      target: '#exercise.active.dilemma',
                    },
                    {
                      guard: 'exerciseIsOver',
                      target: '#exercise.active.hotwash',
                      actions: 'conclude',
                    },
                    { target: 'injects', actions: 'openNextMove' },
                  ],
                },
              },
            },
          },
          dilemma: {
            tags: ['accepting-dilemma'],
            entry: { type: 'setPhase', params: { phase: 'dilemma' } },
            on: {
              'team.chooseDilemmaOption': {
                guard: 'dilemmaChoiceIsValid',
                target: 'hotwash',
                actions: ['resolveDilemma', 'conclude'],
              },
            },
          },
          hotwash: {
            tags: ['timed', 'accepting-reflections'],
            entry: { type: 'setPhase', params: { phase: 'hotwash' } },
            on: {
              'player.submitReflection': {
                guard: 'reflectionIsValid',
                actions: 'addReflection',
              },
              'player.answerKnowledgeCheck': {
                guard: 'knowledgeCheckAfterIsValid',
                actions: 'addKnowledgeAttempt',
              },
              'facilitator.openDebriefStage': {
                guard: 'debriefStageIsKnown',
                actions: 'openDebriefStage',
              },
              'clock.deadlineReached': {
                guard: 'deadlinePassed',
                actions: 'clearTimer',
              },
              'facilitator.closeHotwash': {
                target: '#exercise.ended',
                actions: 'clearTimer',
              },
            },
          },
        },
      },
      paused: {
        tags: ['paused'],
        on: {
          ...runningOrPaused,
          'facilitator.resume': { target: 'active.history', actions: 'resume' },
        },
      },
      ended: {
        type: 'final',
        tags: ['ended'],
        entry: { type: 'setPhase', params: { phase: 'ended' } },
      },
    },
  });
}

export type ExerciseMachine = ReturnType<typeof createExerciseMachine>;

import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type {
  Adjudication,
  ControlOpen,
  Decision,
  ExerciseTag,
  Recipient,
  RosterEntry,
  Scenario,
} from '@borderline/shared';
import { createExercise, type Exercise, type ExerciseContext } from '../../../server/src/engine';
import type { ProjectionInput } from '../../../server/src/projection';

/** Small, hand-made states of the first scenario for the projection's rules, one at a time. */
export const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
export const T0 = 1_767_225_600_000;
export const washington: Recipient = { kind: 'team', team: 'washington', player: 'p-w' };
export const mexico: Recipient = { kind: 'team', team: 'mexico-city', player: 'p-m' };
export const cartels: Recipient = { kind: 'team', team: 'cartels', player: 'p-c' };
export const observer: Recipient = { kind: 'observer', player: 'p-o' };
export const control: Recipient = { kind: 'facilitator' };
/** One recipient of every kind: Control, each team's player, an observer. */
export const everyone: Recipient[] = [control, washington, mexico, cartels, observer];
/** The teams and the room: whoever must never read what only Control may. */
export const everyoneButControl = everyone.filter((recipient) => recipient.kind !== 'facilitator');

export const roster: RosterEntry[] = [
  { id: 'p-w', name: 'Wendy', team: 'washington', isLead: true, isBot: false, connected: true },
  { id: 'p-m', name: 'Mateo', team: 'mexico-city', isLead: false, isBot: false, connected: true },
  { id: 'bot-c', name: 'Cartels bot', team: 'cartels', isLead: true, isBot: true, connected: true },
  { id: 'p-o', name: 'Olga', team: null, isLead: false, isBot: false, connected: false },
];

/** An exercise of the first scenario taken to move 1's decisions. */
export function atDecisions(target: Scenario = scenario): Exercise {
  const exercise = createExercise(target, { seed: 11, config: { skipPractice: true } });
  let at = T0;
  for (const type of [
    'facilitator.start',
    'facilitator.advance',
    'facilitator.advance',
    'facilitator.advance',
  ] as const) {
    const result = exercise.send({ type, at: (at += 1000) });
    if (!result.ok) throw new Error(result.message);
  }
  return exercise;
}

/** A hand-made state asks no machine: none of Control's commands is open. */
export const NOTHING_OPEN: ControlOpen = {
  advance: false,
  publish: false,
  skipPractice: false,
  addNarrative: false,
  overrideTrack: false,
  endEarly: false,
  openDebriefStage: false,
};

export function inputOf(
  context: ExerciseContext,
  tags: ExerciseTag[] = [],
  target: Scenario = scenario,
): ProjectionInput {
  return {
    exerciseId: 'ex-1',
    scenario: target,
    context,
    tags,
    controlOpen: NOTHING_OPEN,
    log: [],
    roster,
    chat: [],
    drafts: {},
    now: T0 + 10_000,
  };
}

export function decision(
  team: string,
  order: number,
  actions: Decision['actions'],
  kind: Decision['kind'] = 'actions',
): Decision {
  return {
    move: 1,
    team,
    order,
    at: T0,
    kind,
    holdReason: kind === 'hold' ? 'chosen' : null,
    actions,
    rationale: 'secret why',
    statement: `${team} speaks`,
  };
}

export const covertDrone = {
  id: 'm1-washington-0',
  card: 'covert-drone-strike',
  freeform: null,
  visibility: 'covert' as const,
  revealed: false,
};
export const publicRaids = {
  id: 'm1-washington-1',
  card: 'press-joint-lab-raids',
  freeform: null,
  visibility: 'public' as const,
  revealed: false,
};
export const relocate = {
  id: 'm1-cartels-0',
  card: 'relocate-labs',
  freeform: null,
  visibility: 'covert' as const,
  revealed: false,
};

export function emptyAdjudication(context: ExerciseContext): Adjudication {
  return {
    move: 1,
    rolls: {},
    outcomeOverrides: {},
    freeform: {},
    trackOverrides: [],
    tracksBefore: context.tracks,
    tracksAfter: context.tracks,
    results: [],
    injects: [],
    overrideChanges: [],
    deferred: [],
    ending: null,
    publishedAt: null,
  };
}

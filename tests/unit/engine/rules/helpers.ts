import type { Decision, ExerciseContext } from '../../../../server/src/engine';
import { adjudicateMove, indexScenario, NO_SETTINGS } from '../../../../server/src/engine';
import { createInitialContext } from '../../../../server/src/engine/rules/initial-context';
import { Driver, play } from '../../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../../fixtures/engine/fixture-scenario';

/** Shared building blocks for the rule tests: plain contexts, no machine. */
export const index = indexScenario(fixture);
export const simultaneousIndex = indexScenario(makeFixture({ simultaneous: true }));

/** The fixture's start values. */
export const START = { escalation: 1, trust: 5, pressure: 5 };

/** An arbitrary epoch time for events. */
export const AT = 1_800_000_000_000;

/** A fresh lobby context (seed 7) with some fields replaced. */
export function contextWith(patch: Partial<ExerciseContext> = {}): ExerciseContext {
  return { ...createInitialContext(index, { seed: 7 }), ...patch };
}

/** The same context in an exercise whose format decides simultaneously. */
export function simultaneous(context: ExerciseContext): ExerciseContext {
  return { ...context, config: { ...context.config, decisionMode: 'simultaneous' } };
}

/** Applies a rule's partial result to a context, as the machine's `assign` does. */
export function apply(context: ExerciseContext, patch: Partial<ExerciseContext>): ExerciseContext {
  return { ...context, ...patch };
}

/** A held decision record, for building contexts by hand. */
export function held(team: string, move: number, order = 0): Decision {
  return {
    move,
    team,
    order,
    at: AT,
    kind: 'hold',
    holdReason: 'chosen',
    actions: [],
    rationale: '',
    statement: null,
  };
}

/** The value, or a thrown error naming what was missing (keeps assertions typed). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** The action ids of move 1, one per team. */
export const W = 'm1-washington-0';
export const M = 'm1-mexico-0';
export const C = 'm1-cartels-0';

/** Move 1 with escalation at 3, in review: Washington strikes covertly, Mexico cooperates, the cartels bribe. */
export function cardMove(): ExerciseContext {
  const driver = new Driver().toDecisions({ skipPractice: true });
  driver.ok({ type: 'facilitator.overrideTrack', track: 'escalation', value: 3, reason: 'setup' });
  return driver.decideAll({
    washington: play('strike'),
    mexico: play('cooperate'),
    cartels: play('bribe'),
  }).context;
}

/**
 * The review recomputed with chosen dice. By default, for cardMove: the
 * strike fails (85 > 50), cooperation fails (93 > 50), the bribe works (66 <= 90).
 */
export function withDice(
  context: ExerciseContext,
  rolls: Record<string, number> = { [W]: 85, [M]: 93, [C]: 66 },
): ExerciseContext {
  const { adjudication } = adjudicateMove(index, context, { ...NO_SETTINGS, rolls }, context.rng);
  return { ...context, review: adjudication };
}

/** Move 1 in review with a covert free-form action of Washington's, pending its odds. */
export function freeformMove(): ExerciseContext {
  return new Driver().toDecisions({ skipPractice: true }).decideAll({
    washington: {
      kind: 'freeform',
      description: 'Drones',
      reasons: ['cheap'],
      visibility: 'covert',
    },
    mexico: play('cooperate'),
    cartels: play('violence'),
  }).context;
}

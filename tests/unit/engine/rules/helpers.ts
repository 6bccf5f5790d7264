import type { Decision, ExerciseContext } from '../../../../server/src/engine';
import { indexScenario } from '../../../../server/src/engine';
import { createInitialContext } from '../../../../server/src/engine/rules/initial-context';
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

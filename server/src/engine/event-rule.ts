import { assertEvent, type ExtractEvent } from 'xstate';
import type { ExerciseEvent } from './events';
import type { ExerciseContext } from './exercise-context';

type EventOf<T extends ExerciseEvent['type']> = ExtractEvent<ExerciseEvent, T>;

/**
 * A machine action's assigner (or a guard's check) for a rule that needs one
 * event's fields: the event is asserted (XState's `assertEvent`), so a rule
 * wired to the wrong transition fails loudly instead of changing nothing.
 */
export function onEvent<T extends ExerciseEvent['type'], R>(
  type: T,
  rule: (context: ExerciseContext, event: EventOf<T>) => R,
) {
  return ({ context, event }: { context: ExerciseContext; event: ExerciseEvent }): R => {
    assertEvent(event, type);
    return rule(context, event);
  };
}

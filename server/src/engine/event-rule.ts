import { assertEvent, type ExtractEvent } from 'xstate';
import type { ExerciseEvent } from './events';
import type { ExerciseContext } from './exercise-context';

type EventOf<T extends ExerciseEvent['type']> = ExtractEvent<ExerciseEvent, T>;

/**
 * A machine action's assigner for a rule that needs one event's fields: the
 * event is asserted (XState's `assertEvent`), so an action wired to the wrong
 * transition fails loudly instead of changing nothing.
 */
export function onEvent<T extends ExerciseEvent['type']>(
  type: T,
  rule: (context: ExerciseContext, event: EventOf<T>) => Partial<ExerciseContext>,
) {
  return ({ context, event }: { context: ExerciseContext; event: ExerciseEvent }) => {
    assertEvent(event, type);
    return rule(context, event);
  };
}

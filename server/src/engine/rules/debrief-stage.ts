import { isDebriefStage } from '@borderline/shared';
import type { EventOf } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { refuse, type Refusal } from '../refusal';

/** A stage Control may open: one of the debrief's four. */
export function validateDebriefStage(stage: string): Refusal | null {
  return isDebriefStage(stage)
    ? null
    : refuse('unknown-debrief-stage', `The debrief has no stage "${stage}".`);
}

/** Control opens a stage of the debrief: every screen shows it from now on. */
export function openDebriefStage(
  event: EventOf<'facilitator.openDebriefStage'>,
): Partial<ExerciseContext> {
  return isDebriefStage(event.stage) ? { debriefStage: event.stage } : {};
}

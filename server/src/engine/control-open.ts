import type { ControlOpen } from '@borderline/shared';
import type { ExerciseEvent } from './events';
import type { ExerciseSnapshot } from './exercise';
import type { ScenarioIndex } from './scenario-index';

/** Guards read no clock from these commands; a time is needed only because every event has one. */
const AT = 0;

/**
 * Which of Control's commands the machine takes in this snapshot, asked of
 * the machine itself with a well-formed command of each kind (a reason, a
 * text, a track set to its own value), so that Control's screen follows the
 * machine and restates none of its phase rules.
 */
export function controlOpen(index: ScenarioIndex, snapshot: ExerciseSnapshot): ControlOpen {
  const can = (event: ExerciseEvent) => snapshot.can(event);
  const track = index.scenario.tracks[0];
  return {
    advance: can({ type: 'facilitator.advance', at: AT }),
    publish: can({ type: 'facilitator.publishAdjudication', at: AT }),
    skipPractice: can({ type: 'facilitator.skipPractice', at: AT }),
    addNarrative: can({ type: 'facilitator.addNarrative', text: 'note', at: AT }),
    overrideTrack:
      track !== undefined &&
      can({
        type: 'facilitator.overrideTrack',
        track: track.id,
        value: snapshot.context.tracks[track.id] ?? track.start,
        reason: 'reason',
        at: AT,
      }),
    endEarly: can({ type: 'facilitator.endEarly', reason: 'reason', at: AT }),
    openDebriefStage: can({
      type: 'facilitator.openDebriefStage',
      stage: snapshot.context.debriefStage,
      at: AT,
    }),
  };
}

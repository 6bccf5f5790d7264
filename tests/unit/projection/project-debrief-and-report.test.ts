import type { DebriefStage, ExerciseTag } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { atDecisions, control, everyone, everyoneButControl, inputOf } from './synthetic-state';

/** The first scenario's state at a debrief stage, with the machine's tags and the sharing switch. */
function inputAt(stage: DebriefStage, tags: ExerciseTag[], reportShared?: boolean) {
  const context = { ...atDecisions().context, phase: 'hotwash' as const, debriefStage: stage };
  return { ...inputOf(context, tags), reportShared };
}

describe('the debrief stage and the report in every view', () => {
  it('gives every recipient the stage Control opened', () => {
    for (const stage of ['what', 'meaning', 'takeaway'] as const) {
      const input = inputAt(stage, ['timed', 'accepting-reflections']);
      for (const recipient of everyone)
        expect(project(input, recipient).exercise.debriefStage).toBe(stage);
    }
  });

  it('lets nobody read the report before the end, shared or not', () => {
    for (const shared of [undefined, false, true]) {
      const input = inputAt('what', ['timed', 'accepting-reflections'], shared);
      for (const recipient of everyone) {
        const { exercise } = project(input, recipient);
        expect(exercise.reportReadable).toBe(false);
        expect(exercise.reportShared).toBe(shared === true);
      }
    }
  });

  it('once ended, lets Control read it always and the players once Control shares it', () => {
    const unshared = inputAt('takeaway', ['ended'], false);
    expect(project(unshared, control).exercise.reportReadable).toBe(true);
    for (const recipient of everyoneButControl)
      expect(project(unshared, recipient).exercise.reportReadable).toBe(false);

    const shared = inputAt('takeaway', ['ended'], true);
    for (const recipient of everyone) {
      expect(project(shared, recipient).exercise).toMatchObject({
        reportShared: true,
        reportReadable: true,
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../server/src/engine';
import { project } from '../../../server/src/projection';
import { atDecisions, control, inputOf, scenario } from './synthetic-state';

describe('project: the cards a format never releases on schedule', () => {
  const base = atDecisions().context;
  const classFormat = scenario.formats?.find((format) => format.id === 'class-50');

  it('lists the cards the class format leaves out and those scheduled after its last move', () => {
    const context: ExerciseContext = {
      ...base,
      config: { ...base.config, format: 'class-50', moves: classFormat?.moves },
    };
    const offFormat = project(inputOf(context), control).control?.offFormatInjects ?? [];
    expect(offFormat).toEqual(expect.arrayContaining(classFormat?.omitInjects ?? ['missing']));
    const late = scenario.injects.filter(
      (inject) => inject.release.type === 'scheduled' && inject.release.move > 3,
    );
    expect(late.length).toBeGreaterThan(0);
    expect(offFormat).toEqual(expect.arrayContaining(late.map((inject) => inject.id)));
    const onTime = scenario.injects.find(
      (inject) =>
        inject.release.type === 'scheduled' &&
        inject.release.move === 3 &&
        !(classFormat?.omitInjects ?? []).includes(inject.id),
    );
    expect(offFormat).not.toContain(onTime?.id);
  });

  it('lists none in the full game, which plays every move and omits nothing', () => {
    expect(project(inputOf(base), control).control?.offFormatInjects).toEqual([]);
  });
});

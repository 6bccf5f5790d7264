import { afterEach, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../../support/exercise-service-harness';
import { submitAs } from '../../support/submit-as';

describe('Control’s ratings of a team only bots play', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  it('refuses them (nobody to rate, no row in the plan), not the people’s teams', () => {
    const harness = makeHarness();
    harnesses.push(harness);
    const { service } = harness;
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    service.joinExercise(joinCode, { name: 'Carl', team: 'mexico' });
    service.setSeat(exerciseId, 'cartels', 'bot');
    const control = { kind: 'facilitator' } as const;
    submitAs(service, exerciseId, control, 'start', { type: 'facilitator.start' });
    const rate = (id: string, team: string, level: string | null) =>
      service.submit(exerciseId, control, {
        id,
        type: 'assessment.rateTeam',
        team,
        objective: 'know-ladder',
        level,
      });

    expect(rate('rate-1', 'cartels', 'proficient')).toMatchObject({
      ok: false,
      reason: 'bot-team-not-rated',
      detail: { team: 'cartels' },
    });
    // The fixture has no rubrics, so the people's team (and a clearing, still allowed for
    // the bots' team) get past the bots' check to the rubric's.
    expect(rate('rate-2', 'cartels', null)).toMatchObject({
      ok: false,
      reason: 'unknown-objective',
    });
    expect(rate('rate-3', 'washington', 'proficient')).toMatchObject({
      ok: false,
      reason: 'unknown-objective',
    });
  });
});

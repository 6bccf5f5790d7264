import { afterEach, describe, expect, it } from 'vitest';
import { project, type ProjectionInput } from '../../../server/src/projection';
import { makeHarness, type Harness } from '../../support/exercise-service-harness';
import { submitAs } from '../../support/submit-as';

describe('what the service hands the projection', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  it('fits ProjectionInput and carries the roster, chat, drafts, seats, lock and time', () => {
    const harness = makeHarness();
    harnesses.push(harness);
    const { service, clock } = harness;
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' }).playerId;
    const carl = service.joinExercise(joinCode, { name: 'Carl', team: 'mexico' }).playerId;
    service.setSeat(exerciseId, 'cartels', 'bot');
    service.setLobbyLocked(exerciseId, true);
    submitAs(service, exerciseId, { kind: 'facilitator' }, 'start', { type: 'facilitator.start' });
    service.updateDraft(exerciseId, ana, { kind: 'hold', rationale: 'secret plan' });
    service.updateDraft(exerciseId, carl, { kind: 'hold', rationale: 'other plan' });
    service.postChat(exerciseId, { kind: 'player', playerId: carl }, 'team:mexico', 'psst');
    clock.advanceBy(1_000);

    const input: ProjectionInput = service.projectionInput(exerciseId);
    expect(input.tags).toEqual(expect.arrayContaining(['timed']));
    expect(input.now).toBe(clock.now());
    expect(input.lobbyLocked).toBe(true);
    expect(input.seats).toEqual({ washington: 'human', mexico: 'human', cartels: 'bot' });
    expect(Object.keys(input.drafts)).toEqual(['washington', 'mexico']);
    expect(input.participation?.[carl]).toEqual({
      messages: 1,
      drafts: 1,
      decisions: 0,
      reflections: 0,
    });

    const view = project(input, { kind: 'team', team: 'washington', player: ana });
    expect(view.drafts.map((draft) => draft.team)).toEqual(['washington']);
    expect(view.chat).toEqual([]);
    expect(view.exercise.locked).toBe(true);
    expect(view.roster.map((entry) => entry.name)).toEqual(['Ana', 'Carl', 'Bot (Cartels)']);
  });
});

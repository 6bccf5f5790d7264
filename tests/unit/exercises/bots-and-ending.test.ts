import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '@borderline/shared';
import { RESIDENT_ENDED } from '../../../server/src/exercises/exercise-runtime';
import { runGame } from '../../../server/src/simulate/run-game';
import { makeFixture } from '../../fixtures/engine/fixture-scenario';
import {
  chatFixture,
  makeHarness,
  serviceErrorOf,
  type Harness,
} from '../../support/exercise-service-harness';
import { playToEnd } from '../../support/play-through';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

const temperaments = { washington: 'hawkish', mexico: 'cooperative', cartels: 'balanced' } as const;

describe('bots and the end of an exercise', () => {
  const harnesses: Harness[] = [];
  const harness = (scenarios: Scenario[] = [chatFixture]) => {
    const made = makeHarness({ scenarios });
    harnesses.push(made);
    return made;
  };
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  it('plays a whole game with a bot in every seat, as the simulator does', () => {
    const { service, clock, store } = harness();
    const { exerciseId } = service.createExercise({
      scenarioId: 'engine-fixture',
      settings: { seed: 11 },
    });
    for (const [team, temperament] of Object.entries(temperaments)) {
      service.setSeat(exerciseId, team, 'bot', temperament);
    }
    const steps = playToEnd({ service, clock, exerciseId });
    const { context, ended } = service.state(exerciseId);
    expect(ended).toBe(true);
    expect(steps).toBeGreaterThan(10);

    const simulated = runGame(chatFixture, { seed: 11, temperaments }).context;
    const played = (decisions: typeof context.decisions) =>
      decisions.map((d) => [d.move, d.team, d.kind, d.actions.map((a) => a.card)]);
    expect(played(context.decisions)).toEqual(played(simulated.decisions));
    expect(context.tracks).toEqual(simulated.tracks);
    expect(context.ending?.id).toBe(simulated.ending?.id);

    // Every decision came from a bot, as the log records.
    const senders = store
      .readEvents(exerciseId)
      .map((stored) => stored.event)
      .filter(
        (
          payload,
        ): payload is { event: { type: string }; sender: { kind: string; team?: string } } =>
          typeof payload === 'object' && payload !== null && 'event' in payload,
      )
      .filter((payload) => payload.event.type === 'team.submitDecision')
      .map((payload) => payload.sender.kind);
    expect(senders.length).toBe(context.decisions.length);
    expect(new Set(senders)).toEqual(new Set(['bot']));
  });

  it('lets a bot play after the human before it, on the next tick', () => {
    const { service, clock, store } = harness();
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' }).playerId;
    const carl = service.joinExercise(joinCode, { name: 'Carl', team: 'cartels' }).playerId;
    service.setSeat(exerciseId, 'mexico', 'bot');
    let counter = 0;
    const control = (command: ExerciseCommand) =>
      submitAs(service, exerciseId, { kind: 'facilitator' }, `f${(counter += 1)}`, command);
    control({ type: 'facilitator.start' });
    for (let step = 0; step < 3; step += 1) control({ type: 'facilitator.advance' });
    const heard: string[] = [];
    service.onChange((_, change) => heard.push(change.kind));
    submitAs(service, exerciseId, { kind: 'player', playerId: ana }, 'a1', {
      type: 'team.submitDecision',
      team: 'washington',
      decision: { kind: 'hold' },
    });
    // The bot waits for the clock's next tick: Washington's event is announced alone first.
    expect(heard).toEqual(['event']);
    expect(service.state(exerciseId).context.decisions.map((d) => d.team)).toEqual(['washington']);
    clock.runDue();
    expect(service.state(exerciseId).context.decisions.map((d) => d.team)).toEqual([
      'washington',
      'mexico',
    ]);
    const last = store.readEvents(exerciseId).at(-1)?.event;
    expect(last).toMatchObject({ commandId: null, sender: { kind: 'bot', team: 'mexico' } });
    // The cartels are people: nothing more happens on its own.
    clock.runDue();
    expect(service.state(exerciseId).context.decisions).toHaveLength(2);
    expect(carl).toBeTruthy();
  });

  it('lets bots decide at once in simultaneous mode while people still think', () => {
    const simultaneous = { ...makeFixture({ simultaneous: true }), id: 'simultaneous-fixture' };
    const { service, clock } = harness([simultaneous]);
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'simultaneous-fixture' });
    service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    service.setSeat(exerciseId, 'mexico', 'bot');
    service.setSeat(exerciseId, 'cartels', 'bot', 'hawkish');
    let counter = 0;
    const control = (command: ExerciseCommand) =>
      submitAs(service, exerciseId, { kind: 'facilitator' }, `f${(counter += 1)}`, command);
    control({ type: 'facilitator.start' });
    for (let step = 0; step < 3; step += 1) control({ type: 'facilitator.advance' });
    clock.runDue();
    const { context } = service.state(exerciseId);
    expect(context.phase).toBe('decisions');
    expect(context.decisions.map((d) => d.team).sort()).toEqual(['cartels', 'mexico']);
  });

  it('lets a bot settle the dilemma its team owes', () => {
    const { service, clock } = harness();
    const { exerciseId } = service.createExercise({ scenarioId: 'engine-fixture' });
    service.setSeat(exerciseId, 'mexico', 'bot');
    let counter = 0;
    const control = (command: ExerciseCommand) =>
      submitAs(service, exerciseId, { kind: 'facilitator' }, `f${(counter += 1)}`, command);
    control({ type: 'facilitator.start' });
    control({ type: 'facilitator.endEarly', reason: 'trust is gone', ending: 'rupture' });
    expect(service.state(exerciseId).context.phase).toBe('dilemma');
    clock.runDue();
    const { context } = service.state(exerciseId);
    expect(context.phase).toBe('hotwash');
    expect(['accept', 'denounce']).toContain(context.ending?.dilemma?.option);
  });

  it('keeps an ended exercise readable (after a restart too) until its facilitator deletes it', () => {
    const made = harness();
    const { service, clock, store } = made;
    const { exerciseId, joinCode } = service.createExercise({ scenarioId: 'engine-fixture' });
    const ana = service.joinExercise(joinCode, { name: 'Ana', team: 'washington' });
    service.setSeat(exerciseId, 'mexico', 'bot');
    service.setSeat(exerciseId, 'cartels', 'bot');
    service.postChat(exerciseId, { kind: 'facilitator' }, 'broadcast', 'Welcome.');
    playToEnd({ service, clock, exerciseId, leads: { washington: ana.playerId } });
    const endedAt = clock.now();
    expect(service.info(exerciseId)).toMatchObject({ status: 'ended', endedAt });
    expect(store.findExercise(exerciseId)).toMatchObject({ status: 'ended', endedAt });
    expect(clock.pending()).toEqual([]);
    expect(
      submitAs(service, exerciseId, { kind: 'facilitator' }, 'late', {
        type: 'facilitator.advance',
      }),
    ).toMatchObject({
      ok: false,
      reason: 'exercise-ended',
    });
    expect(
      serviceErrorOf(() => service.joinExercise(joinCode, { name: 'Zed', team: null })),
    ).toEqual({
      code: 'exercise-ended',
      message: 'This exercise has ended; it takes no new players.',
    });
    expect(service.resumePlayer(exerciseId, ana.token).name).toBe('Ana');

    // A new service on the same store restores the active exercises only, and
    // reads the ended one back when it is asked for.
    const before = JSON.stringify(service.state(exerciseId).context);
    service.stop();
    const again = makeHarness({ store, clock, scenarios: [chatFixture] });
    expect(again.service.restoreAll()).toEqual({ restored: [], failed: [] });
    expect(again.service.isLoaded(exerciseId)).toBe(false);
    expect(JSON.stringify(again.service.state(exerciseId).context)).toBe(before);
    expect(again.service.isLoaded(exerciseId)).toBe(true);
    expect(again.service.state(exerciseId).ended).toBe(true);
    expect(again.service.chat(exerciseId).map((m) => m.text)).toEqual(['Welcome.']);

    const heard: string[] = [];
    again.service.onChange((id, change) => heard.push(`${id}:${change.kind}`));
    again.service.deleteExercise(exerciseId);
    expect(heard).toEqual([`${exerciseId}:deleted`]);
    expect(store.findExercise(exerciseId)).toBeUndefined();
    expect(store.readEvents(exerciseId)).toEqual([]);
    expect(store.listPlayers(exerciseId)).toEqual([]);
    expect(store.listChat(exerciseId)).toEqual([]);
    expect(serviceErrorOf(() => again.service.info(exerciseId)).code).toBe('unknown-exercise');
    expect(again.service.findByJoinCode(joinCode)).toBeUndefined();
  });

  it('lets ended exercises leave memory, the least recently used first, and reads them back', () => {
    const { service, clock } = harness();
    const ended: { id: string; context: string }[] = [];
    for (let game = 0; game < RESIDENT_ENDED + 3; game += 1) {
      const { exerciseId } = service.createExercise({
        scenarioId: 'engine-fixture',
        settings: { seed: game + 1 },
      });
      for (const [team, temperament] of Object.entries(temperaments)) {
        service.setSeat(exerciseId, team, 'bot', temperament);
      }
      playToEnd({ service, clock, exerciseId, prefix: `g${game}-` });
      ended.push({ id: exerciseId, context: JSON.stringify(service.state(exerciseId).context) });
    }
    const active = service.createExercise({ scenarioId: 'engine-fixture' }).exerciseId;
    expect(service.exerciseIds()).toHaveLength(RESIDENT_ENDED + 1);
    expect(service.isLoaded(active)).toBe(true);
    const [first, second] = ended;
    expect(service.isLoaded(first?.id ?? '')).toBe(false);
    expect(service.isLoaded(ended.at(-1)?.id ?? '')).toBe(true);
    // Asked for again, the first is read back whole, and the least recently used leaves instead.
    expect(JSON.stringify(service.state(first?.id ?? '').context)).toBe(first?.context);
    expect(service.isLoaded(first?.id ?? '')).toBe(true);
    expect(service.exerciseIds()).toHaveLength(RESIDENT_ENDED + 1);
    expect(service.isLoaded(second?.id ?? '')).toBe(false);
    expect(service.isLoaded(active)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { restoreExercise, type Exercise, type ExerciseEvent } from '../../../server/src/engine';
import { runGame } from '../../../server/src/simulate/run-game';
import { Driver, play } from '../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';
import { replayed } from '../../fixtures/engine/replayed';

const stateJson = (exercise: Exercise) => JSON.stringify(exercise.persist());

describe('determinism', () => {
  it('gives identical logs and states for the same scenario, seed and events', () => {
    for (const seed of [1, 2, 3]) {
      const first = runGame(fixture, { seed });
      const second = runGame(fixture, { seed });
      expect(JSON.stringify(second.log)).toBe(JSON.stringify(first.log));
      expect(stateJson(second.exercise)).toBe(stateJson(first.exercise));
    }
  });

  it('lets the seed matter: different seeds roll differently', () => {
    const rolls = (seed: number) =>
      runGame(fixture, { seed }).context.adjudications.map((a) => a.rolls);
    expect(JSON.stringify(rolls(1))).not.toBe(JSON.stringify(rolls(99)));
  });

  it('rebuilds the identical state by replaying the log from the start', () => {
    for (const scenario of [fixture, makeFixture({ simultaneous: true })]) {
      const game = runGame(scenario, { seed: 5 });
      const rebuilt = replayed(scenario, { seed: 5, config: game.context.config }, game.log);
      expect(stateJson(rebuilt)).toBe(stateJson(game.exercise));
    }
  });

  it('replays Control commands too: overrides, odds, narrative, pause, injects', () => {
    const driver = new Driver(fixture, { seed: 21 }).toDecisions();
    driver.ok({ type: 'facilitator.releaseInject', inject: 'backchannel' });
    driver.ok({ type: 'facilitator.pause' }).ok({ type: 'facilitator.resume' });
    driver.decide('washington', play('sanctions'));
    driver.decide('mexico', {
      kind: 'freeform',
      description: 'Summit',
      reasons: ['Trust'],
      visibility: 'public',
    });
    driver.decide('cartels', play('violence'));
    driver.ok({
      type: 'facilitator.setFreeformOdds',
      action: 'm0-mexico-0',
      odds: 40,
      reason: 'Hard sell',
      onSuccess: [{ track: 'trust', delta: 2 }],
    });
    driver.ok({ type: 'facilitator.overrideTrack', track: 'pressure', value: 9, reason: 'Media' });
    driver.ok({ type: 'facilitator.addNarrative', text: 'A tense week.' }).publish();
    const rebuilt = replayed(fixture, driver.input, driver.accepted);
    expect(stateJson(rebuilt)).toBe(stateJson(driver.exercise));
  });

  it('refuses to replay a log that does not fit', () => {
    const { log, context } = runGame(fixture, { seed: 5 });
    const broken = [...log.slice(0, 3), ...log.slice(4)];
    expect(() => replayed(fixture, { seed: 5, config: context.config }, broken)).toThrow(
      /was refused/,
    );
  });

  it('restores a snapshot taken in the middle of a deadline, which then reaches the same end', () => {
    const original = new Driver(fixture, { seed: 8 }).toDecisions();
    original.decide('washington', play('talks'));
    const deadline =
      original.context.timer?.status === 'running' ? original.context.timer.deadline : 0;
    const saved = JSON.parse(JSON.stringify(original.exercise.persist()));
    const restored = restoreExercise(fixture, saved);
    expect(restored.context.timer).toEqual(original.context.timer);
    expect(restored.context.timer).toMatchObject({ status: 'running', deadline });
    expect(stateJson(restored)).toBe(stateJson(original.exercise));

    const rest: ExerciseEvent[] = [
      { type: 'clock.deadlineReached', at: deadline },
      {
        type: 'team.submitDecision',
        team: 'cartels',
        decision: play('violence'),
        at: deadline + 1,
      },
      { type: 'facilitator.publishAdjudication', at: deadline + 2 },
      { type: 'facilitator.advance', at: deadline + 3 },
    ];
    for (const event of rest) {
      expect(original.exercise.send(event)).toEqual({ ok: true });
      expect(restored.send(event)).toEqual({ ok: true });
    }
    expect(stateJson(restored)).toBe(stateJson(original.exercise));
  });

  it('restores a paused exercise with its remaining time, and resumes into the same phase', () => {
    const original = new Driver(fixture, { seed: 8 }).toDecisions({ skipPractice: true });
    original.decide('washington');
    original.ok({ type: 'facilitator.pause' });
    const restored = restoreExercise(
      fixture,
      JSON.parse(JSON.stringify(original.exercise.persist())),
    );
    expect(restored.isPaused).toBe(true);
    expect(restored.context.timer).toMatchObject({ status: 'paused', remainingMs: 239_000 });
    const resume: ExerciseEvent = { type: 'facilitator.resume', at: original.at + 50_000 };
    expect(restored.send(resume)).toEqual({ ok: true });
    expect(original.exercise.send(resume)).toEqual({ ok: true });
    expect(restored.phase).toBe('decisions');
    expect(restored.context.timer).toMatchObject({ deadline: original.at + 50_000 + 239_000 });
    expect(stateJson(restored)).toBe(stateJson(original.exercise));
  });

  it('refuses to restore a snapshot of another scenario', () => {
    const saved = new Driver().exercise.persist();
    expect(() => restoreExercise(makeFixture(), { ...saved, scenarioId: 'other' })).toThrow(
      /saved for other v1/,
    );
  });
});

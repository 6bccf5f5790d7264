import { afterEach, describe, expect, it } from 'vitest';
import { makeHarness, T0, type Harness } from '../../support/exercise-service-harness';
import { submitAs, type ExerciseCommand } from '../../support/submit-as';

const MINUTE = 60_000;

describe('deadlines', () => {
  const harnesses: Harness[] = [];
  afterEach(() => {
    for (const { service, store } of harnesses.splice(0)) {
      service.stop();
      store.close();
    }
  });

  function started() {
    const harness = makeHarness();
    harnesses.push(harness);
    const { service, clock } = harness;
    const { exerciseId } = service.createExercise({ scenarioId: 'engine-fixture' });
    let counter = 0;
    const control = (command: ExerciseCommand) => {
      const result = submitAs(
        service,
        exerciseId,
        { kind: 'facilitator' },
        `f-${(counter += 1)}`,
        command,
      );
      if (!result.ok) throw new Error(`${command.type} refused: ${result.message}`);
    };
    const context = () => service.state(exerciseId).context;
    const lastStored = () => harness.store.readEvents(exerciseId).at(-1);
    control({ type: 'facilitator.start' });
    return { ...harness, exerciseId, control, context, lastStored, clock };
  }

  it('fires clock.deadlineReached when the clock reaches a running deadline, not before', () => {
    const { context, clock, lastStored } = started();
    // The fixture's briefing lasts 5 minutes.
    expect(context().timer).toEqual({
      status: 'running',
      deadline: T0 + 5 * MINUTE,
      durationMs: 5 * MINUTE,
    });
    expect(clock.pending()).toEqual([T0 + 5 * MINUTE]);
    clock.advanceTo(T0 + 5 * MINUTE - 1);
    expect(context().phase).toBe('briefing');
    clock.advanceTo(T0 + 5 * MINUTE);
    expect(context().phase).toBe('injects');
    expect(lastStored()).toEqual({
      seq: 2,
      at: T0 + 5 * MINUTE,
      event: {
        event: { type: 'clock.deadlineReached', at: T0 + 5 * MINUTE },
        commandId: null,
        sender: { kind: 'clock' },
        accepted: { move: 0, phase: 'briefing', paused: false },
      },
    });
    // The injects phase has no deadline: nothing stays armed.
    expect(clock.pending()).toEqual([]);
  });

  it('cancels the old deadline when Control moves on by hand', () => {
    const { context, clock, control } = started();
    clock.advanceBy(MINUTE);
    control({ type: 'facilitator.advance' });
    control({ type: 'facilitator.advance' });
    // Deliberation: 10 minutes from now; the briefing's deadline is gone.
    expect(clock.pending()).toEqual([T0 + 11 * MINUTE]);
    clock.advanceTo(T0 + 5 * MINUTE);
    expect(context().phase).toBe('deliberation');
  });

  it('arms nothing while paused, re-arms on resume and follows an extension', () => {
    const { context, clock, control } = started();
    clock.advanceBy(2 * MINUTE);
    control({ type: 'facilitator.pause' });
    expect(context().timer).toEqual({
      status: 'paused',
      remainingMs: 3 * MINUTE,
      durationMs: 5 * MINUTE,
    });
    expect(clock.pending()).toEqual([]);
    clock.advanceBy(60 * MINUTE);
    expect(context().phase).toBe('briefing');

    const resumedAt = clock.now();
    control({ type: 'facilitator.resume' });
    expect(clock.pending()).toEqual([resumedAt + 3 * MINUTE]);

    control({ type: 'facilitator.adjustDeadline', deltaMs: 2 * MINUTE });
    expect(clock.pending()).toEqual([resumedAt + 5 * MINUTE]);
    clock.advanceTo(resumedAt + 3 * MINUTE);
    expect(context().phase).toBe('briefing');
    clock.advanceTo(resumedAt + 5 * MINUTE);
    expect(context().phase).toBe('injects');
  });

  it('holds the team whose time ran out and arms the next team’s deadline', () => {
    const { context, clock, control } = started();
    control({ type: 'facilitator.advance' });
    control({ type: 'facilitator.advance' });
    control({ type: 'facilitator.advance' });
    expect(context().phase).toBe('decisions');
    const firstDeadline = clock.now() + 4 * MINUTE;
    expect(clock.pending()).toEqual([firstDeadline]);
    clock.advanceTo(firstDeadline);
    expect(context().decisions.map((d) => [d.team, d.kind, d.holdReason, d.at])).toEqual([
      ['washington', 'hold', 'deadline', firstDeadline],
    ]);
    expect(clock.pending()).toEqual([firstDeadline + 4 * MINUTE]);
    clock.advanceTo(firstDeadline + 8 * MINUTE);
    expect(context().decisions.map((d) => d.team)).toEqual(['washington', 'mexico', 'cartels']);
    expect(context().phase).toBe('adjudication');
    expect(clock.pending()).toEqual([]);
  });
});

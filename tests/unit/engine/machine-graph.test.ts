import type { Scenario } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  createExercise,
  currentTeam,
  indexScenario,
  isSimultaneous,
  machineFor,
  pendingTeams,
  type Exercise,
  type ExerciseEvent,
} from '../../../server/src/engine';
import { T0 } from '../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';
import { eventsFor, serializeState } from '../../fixtures/engine/machine-walk';

/** Replays a path's events through the facade, checking the invariants after every step. */
function replayWithInvariants(scenario: Scenario, steps: readonly { event: unknown }[]): Exercise {
  // The first step of a generated path is the machine's own start event.
  const events = steps
    .map((step) => step.event as ExerciseEvent)
    .filter((event) => !event.type.startsWith('xstate.'));
  const index = indexScenario(scenario);
  const exercise = createExercise(scenario, { seed: 11 });
  let at = T0;
  events.forEach((event, step) => {
    const timer = exercise.context.timer;
    at =
      event.type === 'clock.deadlineReached' && timer?.status === 'running'
        ? Math.max(at, timer.deadline)
        : at + 1000;
    const result = exercise.send({ ...event, at });
    expect(result, `${event.type} at step ${step}`).toEqual({ ok: true });
    const { context } = exercise;
    // Every track stays within its range.
    for (const track of scenario.tracks) {
      const value = context.tracks[track.id] ?? NaN;
      expect(value).toBeGreaterThanOrEqual(track.min);
      expect(value).toBeLessThanOrEqual(track.max);
    }
    // Whose turn it is follows the turn order.
    const decided = context.decisions.filter((d) => d.move === context.move).map((d) => d.team);
    if (context.phase === 'decisions') {
      expect(pendingTeams(index, context)).toEqual(
        index.turnOrder.filter((t) => !decided.includes(t)),
      );
      if (!isSimultaneous(index, context.config)) {
        expect(decided).toEqual(index.turnOrder.slice(0, context.turn));
        expect(currentTeam(index, context)).toBe(index.turnOrder[decided.length]);
      }
    }
    // Pausing is both a state and a record of when.
    expect(exercise.isPaused).toBe(context.pausedAt !== null);
    // Untimed phases carry no deadline.
    if (
      ['lobby', 'injects', 'adjudication', 'results', 'dilemma', 'ended'].includes(context.phase)
    ) {
      expect(context.timer).toBeNull();
    }
    if (context.phase === 'adjudication') expect(context.review?.move).toBe(context.move);
    else expect(context.review).toBeNull();
  });
  return exercise;
}

describe('paths generated from the machine', () => {
  it('reaches every state by a shortest path, keeping the invariants at each step', () => {
    const machine = machineFor(fixture);
    const paths = getShortestPaths(machine, {
      input: { seed: 11 },
      events: eventsFor(fixture, 'all'),
      serializeState,
    });
    const reached = new Set<string>();
    for (const path of paths) {
      const exercise = replayWithInvariants(fixture, path.steps);
      reached.add(exercise.isPaused ? 'paused' : exercise.context.phase);
    }
    expect([...reached].sort()).toEqual(
      [
        'lobby',
        'briefing',
        'injects',
        'deliberation',
        'decisions',
        'adjudication',
        'results',
        'dilemma',
        'hotwash',
        'ended',
        'paused',
      ].sort(),
    );
    expect(paths.length).toBeGreaterThan(50);
  });

  it.each([
    ['sequential', makeFixture({ practice: false })],
    ['simultaneous', makeFixture({ practice: false, simultaneous: true })],
  ])('follows every simple path through a two-move exercise (%s)', (_mode, scenario) => {
    const machine = machineFor(scenario);
    const paths = getSimplePaths(machine, {
      input: { seed: 11 },
      events: eventsFor(scenario, 'main'),
      serializeState,
      toState: (snapshot) => snapshot.status === 'done',
    });
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const exercise = replayWithInvariants(scenario, path.steps);
      expect(exercise.isEnded).toBe(true);
      expect(exercise.context.scores).not.toBeNull();
    }
  });
});

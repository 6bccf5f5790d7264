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
  type DecisionInput,
  type Exercise,
  type ExerciseEvent,
  type ExerciseSnapshot,
} from '../../../server/src/engine';
import { T0 } from '../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';

const SIGNATURE_CARDS: Record<string, string> = {
  washington: 'talks',
  mexico: 'denounce',
  cartels: 'violence',
};

type Kind = 'all' | 'main';

/** The events worth trying in a state, built from the state itself. */
function eventsFor(scenario: Scenario, kind: Kind) {
  const index = indexScenario(scenario);
  return (snapshot: ExerciseSnapshot): ExerciseEvent[] => {
    const { context } = snapshot;
    const at = (context.log.at(-1)?.at ?? T0) + 1000;
    const deadline = context.timer?.status === 'running' ? context.timer.deadline : at;
    const teams = pendingTeams(index, context);
    const deciding = currentTeam(index, context);
    const decide = (team: string, decision: DecisionInput): ExerciseEvent => ({
      type: 'team.submitDecision',
      team,
      decision,
      at,
    });
    const card = (team: string) =>
      decide(team, { kind: 'actions', cards: [SIGNATURE_CARDS[team] ?? ''], rationale: 'r' });
    const events: ExerciseEvent[] = [
      { type: 'facilitator.start', at },
      { type: 'facilitator.advance', at },
      { type: 'facilitator.publishAdjudication', at },
      { type: 'facilitator.closeHotwash', at },
      { type: 'facilitator.endEarly', reason: 'Time', at },
      { type: 'facilitator.endEarly', reason: 'Rupture', ending: 'rupture', at },
      { type: 'team.chooseDilemmaOption', team: 'mexico', option: 'accept', at },
    ];
    if (kind === 'main') {
      // One way through each turn keeps the simple paths countable: the
      // branches are the phases' own (advance or deadline, end early or not).
      if (context.phase !== 'decisions')
        events.push({ type: 'clock.deadlineReached', at: deadline });
      const next = deciding ?? teams[0];
      if (next !== undefined) events.push(card(next));
      return events;
    }
    events.push(
      { type: 'clock.deadlineReached', at: deadline },
      { type: 'facilitator.start', skipPractice: true, at },
      { type: 'facilitator.skipPractice', at },
      { type: 'facilitator.pause', at },
      { type: 'facilitator.resume', at },
      { type: 'player.submitReflection', player: 'p', answers: { why: 'x' }, at },
      ...(deciding === null ? teams : [deciding]).flatMap((team) => [
        decide(team, { kind: 'hold' }),
        card(team),
        { type: 'facilitator.skipTurn' as const, team, at },
      ]),
    );
    return events;
  };
}

function serializeState(snapshot: ExerciseSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify([
    snapshot.value,
    context.phase,
    context.move,
    context.turn,
    context.decisions.filter((decision) => decision.move === context.move).map((d) => d.team),
    context.ending?.id ?? null,
    context.ending?.dilemma?.option ?? null,
    context.timer === null,
  ]);
}

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
    // The log holds exactly the accepted events.
    expect(context.log).toHaveLength(step + 1);
    expect(context.log[step]?.event.type).toBe(event.type);
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

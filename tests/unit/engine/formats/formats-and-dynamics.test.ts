import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { NOTHING_OPEN } from '../../projection/synthetic-state';
import { describe, expect, it } from 'vitest';
import {
  applyEffects,
  evaluateCondition,
  formatHasPractice,
  indexScenario,
  playedMoves,
  type World,
} from '../../../../server/src/engine';
import { applyDynamics } from '../../../../server/src/engine/rules/apply-dynamics';
import { project } from '../../../../server/src/projection';
import { runGame } from '../../../../server/src/simulate/run-game';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const index = indexScenario(scenario);

const released = (context: ReturnType<typeof runGame>['context']) =>
  new Map(context.injects.map((release) => [release.inject, release]));

describe('formats in play', () => {
  it('plays only the 50-minute format’s moves, at once, and brings the opening cards forward', () => {
    const { context } = runGame(scenario, { seed: 11, format: 'class-50' });
    expect(context.config).toMatchObject({
      format: 'class-50',
      moves: [1, 3],
      decisionMode: 'simultaneous',
    });
    expect([...new Set(context.decisions.map((decision) => decision.move))]).toEqual(
      context.ending?.kind === 'early' ? expect.any(Array) : [1, 3],
    );
    const cards = released(context);
    // The practice move is not played: its cards (the first learning objective) open move 1.
    expect(cards.get('six-cartels-designated')).toMatchObject({
      move: 1,
      cause: { kind: 'scheduled' },
    });
    expect(cards.get('fentanyl-declared-wmd')).toMatchObject({ move: 1 });
    // Cards the format leaves out to fit its time never come out on their own.
    for (const omitted of index.formats.get('class-50')?.omitInjects ?? []) {
      expect(cards.get(omitted)?.cause.kind ?? 'not released', omitted).not.toBe('scheduled');
    }
    // Move 5 is not played: its concluding cards reach the debrief, without effects.
    expect(cards.get('margin-for-miscalculation')).toMatchObject({
      cause: { kind: 'debrief' },
      changes: [],
    });
    expect(cards.get('line-hard-to-redraw')).toMatchObject({ cause: { kind: 'debrief' } });
  });

  it('gives the teams of a simultaneous format one shared decision window', () => {
    const { context, log } = runGame(scenario, { seed: 12, format: 'class-50' });
    const first = log.find((entry) => entry.event.type === 'team.submitDecision');
    expect(first).toBeDefined();
    expect(context.config.timing).toMatchObject({ deliberationMinutes: 8, decisionMinutes: 4 });
  });

  it('shows the practice cards at move 1 when the full format skips its practice move', () => {
    const { context } = runGame(scenario, { seed: 13, format: 'full', skipPractice: true });
    expect(released(context).get('six-cartels-designated')).toMatchObject({ move: 1 });
    expect(context.decisions.every((decision) => decision.move !== 0)).toBe(true);
  });

  it('plays every move of the full format in turn', () => {
    const { context } = runGame(scenario, { seed: 14, format: 'full' });
    expect(context.config).toMatchObject({ moves: [0, 1, 2, 3, 4, 5], decisionMode: 'sequential' });
    expect(context.decisions.filter((decision) => decision.move === 0)).toHaveLength(3);
  });
});

describe('effects and conditions', () => {
  const tracks = { ...index.startTracks, escalation: 2 };

  it('raises a ladder to a rung with atLeast, and never lowers it', () => {
    const raised = applyEffects(index.tracks, tracks, [{ track: 'escalation', atLeast: 4 }]);
    expect(raised.tracks.escalation).toBe(4);
    expect(raised.changes).toEqual([
      { track: 'escalation', from: 2, to: 4, atLeast: 4, clamped: false },
    ]);
    const kept = applyEffects(index.tracks, { ...tracks, escalation: 5 }, [
      { track: 'escalation', atLeast: 3 },
    ]);
    expect(kept.tracks.escalation).toBe(5);
  });

  it('counts a card declared this move as played, before its outcome, during adjudication', () => {
    const world: World = { move: 2, tracks, actions: [], injects: [] };
    const labsMoved = { type: 'action', action: 'relocate-labs', within: 'move' } as const;
    expect(evaluateCondition(labsMoved, world)).toBe(false);
    const declared = { ...world, declared: [{ team: 'cartels', card: 'relocate-labs' }] };
    expect(evaluateCondition(labsMoved, declared)).toBe(true);
    // An outcome is not known until the card is adjudicated.
    expect(evaluateCondition({ ...labsMoved, outcome: 'success' }, declared)).toBe(false);
  });

  it('applies a scenario dynamic after a move while its condition holds, and explains it', () => {
    const withDynamics = indexScenario({
      ...scenario,
      dynamics: [
        {
          id: 'production-moves',
          when: {
            type: 'all',
            of: [
              { type: 'track', track: 'fentanyl-flow', atMost: 5 },
              { type: 'track', track: 'cartel-capability', atLeast: 6 },
            ],
          },
          effects: [{ track: 'fentanyl-flow', delta: 1 }],
          text: { en: 'Production moves rather than stops.' },
        },
      ],
    });
    const cut: World = {
      move: 2,
      tracks: { ...tracks, 'fentanyl-flow': 4, 'cartel-capability': 7 },
      actions: [],
      injects: [],
    };
    const moved = applyDynamics(withDynamics, cut);
    expect(moved.world.tracks['fentanyl-flow']).toBe(5);
    expect(moved.dynamics).toEqual([
      {
        dynamic: 'production-moves',
        changes: [{ track: 'fentanyl-flow', from: 4, to: 5, delta: 1, clamped: false }],
      },
    ]);
    // The networks are hit: the condition fails and nothing moves.
    const dismantled = applyDynamics(withDynamics, {
      ...cut,
      tracks: { ...cut.tracks, 'cartel-capability': 3 },
    });
    expect(dismantled.world.tracks['fentanyl-flow']).toBe(4);
    expect(dismantled.dynamics).toEqual([]);
  });
});

describe('the moves an exercise plays', () => {
  it('are its format’s, less a skipped practice move; older exercises play every move', () => {
    expect(playedMoves(index, { skipPractice: false, moves: [2, 4, 5] })).toEqual([2, 4, 5]);
    expect(formatHasPractice(index, { skipPractice: false, moves: [2, 4, 5] })).toBe(false);
    const full = { skipPractice: true, moves: [0, 1, 2, 3, 4, 5] };
    expect(playedMoves(index, full)).toEqual([1, 2, 3, 4, 5]);
    // Stored before formats: no moves in the config, so the scenario's every move.
    expect(playedMoves(index, { skipPractice: false })).toEqual(index.moves);
    expect(formatHasPractice(index, { skipPractice: false })).toBe(true);
  });

  it('reach every view with the format’s decision mode', () => {
    const { context } = runGame(scenario, { seed: 11, format: 'class-50' });
    const input = {
      exerciseId: 'ex-1',
      scenario,
      context,
      tags: [],
      controlOpen: NOTHING_OPEN,
      log: [],
      roster: [],
      chat: [],
      drafts: {},
    };
    const view = project(input, { kind: 'facilitator' });
    expect(view.exercise.playedMoves).toEqual([1, 3]);
    expect(view.exercise.practiceSkippable).toBe(false);
    expect(view.exercise.turn.mode).toBe('simultaneous');
  });
});

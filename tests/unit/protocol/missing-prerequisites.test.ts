import { describe, expect, it } from 'vitest';
import { missingPrerequisites, type Condition, type PrerequisiteWorld } from '@borderline/shared';
import {
  evaluateCondition,
  prerequisiteWorld,
  worldOf,
  type World,
} from '../../../server/src/engine';
import { atDecisions, scenario } from '../projection/synthetic-state';

const world = (
  tracks: Record<string, number>,
  move = 1,
  held: string[] = [],
): PrerequisiteWorld => ({
  move,
  tracks,
  holds: (condition) =>
    held.includes(condition.type === 'action' ? condition.action : condition.inject),
});

describe('missingPrerequisites: what a card waits for', () => {
  it('names each unmet bound with the value now, and nothing that holds', () => {
    const strike: Condition = {
      type: 'all',
      of: [
        { type: 'track', track: 'escalation', atLeast: 4 },
        { type: 'track', track: 'us-domestic-pressure', atLeast: 7 },
        { type: 'track', track: 'bilateral-trust', atMost: 3 },
        { type: 'move', atLeast: 3 },
      ],
    };
    expect(
      missingPrerequisites(
        strike,
        world({ escalation: 2, 'us-domestic-pressure': 7, 'bilateral-trust': 5 }),
      ),
    ).toEqual([
      { kind: 'track', track: 'escalation', atLeast: 4, atMost: null, now: 2 },
      { kind: 'track', track: 'bilateral-trust', atLeast: null, atMost: 3, now: 5 },
      { kind: 'move', atLeast: 3, atMost: null, now: 1 },
    ]);
    expect(
      missingPrerequisites(
        strike,
        world({ escalation: 4, 'us-domestic-pressure': 8, 'bilateral-trust': 3 }, 3),
      ),
    ).toEqual([]);
  });

  it('gives a range both ends, and a track the world lacks no value', () => {
    const band: Condition = { type: 'track', track: 'escalation', atLeast: 2, atMost: 4 };
    expect(missingPrerequisites(band, world({ escalation: 5 }))).toEqual([
      { kind: 'track', track: 'escalation', atLeast: 2, atMost: 4, now: 5 },
    ]);
    expect(missingPrerequisites(band, world({}))).toEqual([
      { kind: 'track', track: 'escalation', atLeast: 2, atMost: 4, now: null },
    ]);
  });

  it('asks the log about cards and developments, and says which', () => {
    const played: Condition = {
      type: 'action',
      action: 'offer-command-centre-role',
      outcome: 'success',
      within: 'move',
    };
    expect(missingPrerequisites(played, world({}))).toEqual([
      { kind: 'action', card: 'offer-command-centre-role', outcome: 'success', within: 'move' },
    ]);
    expect(missingPrerequisites(played, world({}, 1, ['offer-command-centre-role']))).toEqual([]);
    expect(missingPrerequisites({ type: 'inject', inject: 'leak' }, world({}))).toEqual([
      { kind: 'inject', inject: 'leak' },
    ]);
    expect(missingPrerequisites({ type: 'action', action: 'x' }, world({}))).toEqual([
      { kind: 'action', card: 'x', outcome: 'any', within: 'exercise' },
    ]);
  });

  it('lists the alternatives of an "any" when none holds, and says when a "not" rules it out', () => {
    const either: Condition = {
      type: 'any',
      of: [
        { type: 'track', track: 'escalation', atLeast: 6 },
        {
          type: 'all',
          of: [
            { type: 'move', atLeast: 2 },
            { type: 'inject', inject: 'leak' },
          ],
        },
      ],
    };
    expect(missingPrerequisites(either, world({ escalation: 1 }))).toEqual([
      {
        kind: 'any',
        of: [
          [{ kind: 'track', track: 'escalation', atLeast: 6, atMost: null, now: 1 }],
          [
            { kind: 'move', atLeast: 2, atMost: null, now: 1 },
            { kind: 'inject', inject: 'leak' },
          ],
        ],
      },
    ]);
    expect(missingPrerequisites(either, world({ escalation: 6 }))).toEqual([]);
    const not: Condition = { type: 'not', condition: { type: 'move', atMost: 1 } };
    expect(missingPrerequisites(not, world({}))).toEqual([{ kind: 'not' }]);
    expect(missingPrerequisites(not, world({}, 2))).toEqual([]);
    expect(missingPrerequisites({ type: 'always' }, world({}))).toEqual([]);
  });

  it('agrees with the engine’s evaluation of every card’s prerequisites, over a range of worlds', () => {
    const base = worldOf(atDecisions().context);
    const conditions = scenario.actions.flatMap((card) =>
      card.prerequisites === undefined ? [] : [card.prerequisites],
    );
    expect(conditions.length).toBeGreaterThan(3);
    for (const shift of [-4, -2, 0, 2, 4]) {
      for (const move of [1, 2, 3, 4]) {
        const tracks = Object.fromEntries(
          Object.entries(base.tracks).map(([track, value]) => [track, value + shift]),
        );
        const shifted: World = { ...base, move, tracks };
        for (const condition of conditions) {
          expect(missingPrerequisites(condition, prerequisiteWorld(shifted)).length === 0).toBe(
            evaluateCondition(condition, shifted),
          );
        }
      }
    }
  });
});

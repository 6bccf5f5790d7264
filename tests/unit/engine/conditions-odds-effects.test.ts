import type { ActionCard, Condition } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  applyEffects,
  computeOdds,
  evaluateCondition,
  explainCondition,
  indexScenario,
  type World,
} from '../../../server/src/engine';
import { fixedOdds } from '../../../server/src/engine/rules/compute-odds';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);
const world: World = {
  move: 2,
  tracks: { escalation: 3, trust: 5, pressure: 8 },
  actions: [
    { move: 1, team: 'washington', card: 'sanctions', outcome: 'success' },
    { move: 2, team: 'cartels', card: 'violence', outcome: 'failure' },
  ],
  injects: ['opening'],
};

describe('evaluateCondition', () => {
  const cases: [string, Condition, boolean][] = [
    ['always', { type: 'always' }, true],
    ['track at least, met', { type: 'track', track: 'escalation', atLeast: 3 }, true],
    ['track at least, missed', { type: 'track', track: 'escalation', atLeast: 4 }, false],
    ['track at most', { type: 'track', track: 'pressure', atMost: 7 }, false],
    ['track band', { type: 'track', track: 'trust', atLeast: 4, atMost: 6 }, true],
    ['unknown track', { type: 'track', track: 'nothing', atLeast: 0 }, false],
    ['action any outcome', { type: 'action', action: 'violence' }, true],
    ['action success', { type: 'action', action: 'violence', outcome: 'success' }, false],
    ['action failure', { type: 'action', action: 'violence', outcome: 'failure' }, true],
    ['action this move', { type: 'action', action: 'sanctions', within: 'move' }, false],
    ['action in exercise', { type: 'action', action: 'sanctions', within: 'exercise' }, true],
    ['inject released', { type: 'inject', inject: 'opening' }, true],
    ['inject not released', { type: 'inject', inject: 'backchannel' }, false],
    ['move', { type: 'move', atLeast: 2 }, true],
    ['move at most', { type: 'move', atMost: 1 }, false],
    ['all', { type: 'all', of: [{ type: 'always' }, { type: 'move', atLeast: 3 }] }, false],
    ['any', { type: 'any', of: [{ type: 'always' }, { type: 'move', atLeast: 3 }] }, true],
    ['not', { type: 'not', condition: { type: 'always' } }, false],
  ];
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, world)).toBe(expected);
    expect(explainCondition(condition, world).holds).toBe(expected);
  });

  it('explains why, as plain sentences in a tree', () => {
    const trace = explainCondition(
      {
        type: 'all',
        of: [
          { type: 'track', track: 'escalation', atLeast: 4 },
          { type: 'action', action: 'violence', outcome: 'failure', within: 'move' },
        ],
      },
      world,
    );
    expect(trace).toEqual({
      holds: false,
      text: 'not all of these hold',
      fact: { type: 'all' },
      children: [
        {
          holds: false,
          text: 'escalation is 3 (needs at least 4)',
          fact: { type: 'track', track: 'escalation', value: 3, atLeast: 4 },
        },
        {
          holds: true,
          text: 'violence was played with failure this move',
          // The same as data, for a screen to word in its reader's language.
          fact: { type: 'action', card: 'violence', outcome: 'failure', thisMove: true },
        },
      ],
    });
    expect(explainCondition({ type: 'move', atLeast: 1, atMost: 3 }, world).text).toBe(
      'move is 2 (needs between 1 and 3)',
    );
    expect(explainCondition({ type: 'inject', inject: 'x' }, world).text).toBe(
      'inject x was not released',
    );
  });
});

describe('computeOdds', () => {
  const card = (modifiers: ActionCard['odds']['modifiers'], base = 70): ActionCard => ({
    ...(index.cards.get('sanctions') as ActionCard),
    odds: { base, modifiers },
  });
  const reason = { en: 'why' };

  it('adds every modifier that applies and lists each with its reason', () => {
    const odds = computeOdds(
      card([
        { when: { type: 'track', track: 'pressure', atLeast: 8 }, delta: 15, reason },
        { when: { type: 'track', track: 'trust', atLeast: 9 }, delta: -40, reason },
      ]),
      world,
    );
    expect(odds).toEqual({
      base: 70,
      modifiers: [
        { delta: 15, reason, applies: true },
        { delta: -40, reason, applies: false },
      ],
      total: 85,
      clamped: false,
    });
  });

  it('clamps the total to 0..100 and says so', () => {
    const always = { type: 'always' } as const;
    expect(computeOdds(card([{ when: always, delta: 50, reason }]), world)).toMatchObject({
      total: 100,
      clamped: true,
    });
    expect(computeOdds(card([{ when: always, delta: -90, reason }], 20), world)).toMatchObject({
      total: 0,
      clamped: true,
    });
  });

  it('takes Control odds for a free-form action as they are', () => {
    expect(fixedOdds(35)).toEqual({ base: 35, modifiers: [], total: 35, clamped: false });
  });
});

describe('applyEffects', () => {
  const tracks = { escalation: 5, trust: 1, pressure: 4 };

  it('applies deltas and sets in order, clamping to each range, without touching the input', () => {
    const result = applyEffects(index.tracks, tracks, [
      { track: 'escalation', delta: 3 },
      { track: 'trust', delta: -4 },
      { track: 'pressure', set: 7 },
      { track: 'pressure', delta: 1 },
    ]);
    expect(result.tracks).toEqual({ escalation: 6, trust: 0, pressure: 8 });
    expect(result.changes).toEqual([
      { track: 'escalation', from: 5, to: 6, delta: 3, clamped: true },
      { track: 'trust', from: 1, to: 0, delta: -4, clamped: true },
      { track: 'pressure', from: 4, to: 7, set: 7, clamped: false },
      { track: 'pressure', from: 7, to: 8, delta: 1, clamped: false },
    ]);
    expect(tracks).toEqual({ escalation: 5, trust: 1, pressure: 4 });
  });

  it('clamps a set beyond the range, and skips unknown tracks', () => {
    const result = applyEffects(index.tracks, tracks, [
      { track: 'escalation', set: 9 },
      { track: 'nowhere', delta: 1 },
    ]);
    expect(result.tracks).toEqual({ escalation: 6, trust: 1, pressure: 4 });
    expect(result.changes).toEqual([
      { track: 'escalation', from: 5, to: 6, set: 9, clamped: true },
    ]);
  });
});

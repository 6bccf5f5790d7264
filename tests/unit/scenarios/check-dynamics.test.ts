import path from 'node:path';
import {
  checkCardRisks,
  checkReferences,
  checkSatisfiability,
  loadScenario,
  scenariosRoot,
} from '@borderline/scenarios';
import type { Scenario } from '@borderline/shared';
import { describe, expect, it } from 'vitest';

const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const withDynamic = (dynamic: Scenario['dynamics'][number]): Scenario => ({
  ...scenario,
  dynamics: [dynamic],
});

describe('the checks cover dynamics and floors', () => {
  it('accepts the first scenario’s dynamics', () => {
    expect(scenario.dynamics.length).toBeGreaterThan(0);
    expect(checkReferences(scenario)).toEqual([]);
    expect(checkSatisfiability(scenario)).toEqual([]);
  });

  it('refuses a dynamic on an unknown track, a floor outside the range, or one that never applies', () => {
    const bad = withDynamic({
      id: 'bad',
      when: { type: 'track', track: 'fentanyl-flow', atLeast: 11 },
      effects: [
        { track: 'no-such-track', delta: 1 },
        { track: 'escalation', atLeast: 9 },
      ],
      text: { en: 'Bad.' },
    });
    expect(checkReferences(bad).map((problem) => problem.path.join('.'))).toEqual([
      'dynamics.0.effects.0.track',
      'dynamics.0.effects.1.atLeast',
    ]);
    expect(checkReferences(bad)[1]?.message).toBe(
      'atLeast 9 is outside the range of track "escalation" (0 to 6)',
    );
    expect(checkSatisfiability(bad)[0]?.message).toMatch(/^this dynamic never applies: /);
  });
});

describe('checkCardRisks', () => {
  it('finds a price on every card of the first scenario', () => {
    expect(checkCardRisks(scenario)).toEqual([]);
  });

  it('refuses a card that costs nothing and risks nothing', () => {
    const free = {
      ...scenario,
      actions: scenario.actions.map((card, a) =>
        a === 0 ? { ...card, costs: [], onFailure: { ...card.onFailure, effects: [] } } : card,
      ),
    };
    expect(checkCardRisks(free)).toEqual([
      {
        path: ['actions', 0, 'onFailure', 'effects'],
        message: `"${scenario.actions[0]?.id}" costs nothing and risks nothing: give it a cost or an effect on failure`,
      },
    ]);
  });
});

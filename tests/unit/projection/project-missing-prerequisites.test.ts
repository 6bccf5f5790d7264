import { describe, expect, it } from 'vitest';
import type { Scenario } from '@borderline/shared';
import { project } from '../../../server/src/projection';
import { atDecisions, inputOf, mexico, scenario, washington } from './synthetic-state';

/** The first scenario with one of Mexico City's cards waiting for another team's secrets. */
function withSecretPrerequisites(): Scenario {
  return {
    ...scenario,
    actions: scenario.actions.map((card) =>
      card.id === 'propose-supply-chain-pact'
        ? {
            ...card,
            prerequisites: {
              type: 'all',
              of: [
                // Washington's covert card, and an inject only the Cartels read.
                { type: 'action', action: 'covert-drone-strike' },
                { type: 'inject', inject: 'hitting-on-land' },
                // A public card of Mexico City's own, and its own inject.
                { type: 'action', action: 'transfer-inmates-without-extradition' },
                { type: 'inject', inject: 'strike-and-withdraw' },
              ],
            },
          }
        : card,
    ),
  };
}

describe('project: what a locked card waits for', () => {
  it('sends each missing prerequisite of a card with the value now', () => {
    const view = project(inputOf(atDecisions().context), washington);
    const strike = view.team?.cards.find((card) => card.id === 'overt-unilateral-strike');
    expect(strike?.unavailable).toBe('prerequisites');
    expect(strike?.prerequisitesMet).toBe(false);
    expect(strike?.missingPrerequisites).toEqual([
      { kind: 'track', track: 'escalation', atLeast: 4, atMost: null, now: 2 },
      { kind: 'track', track: 'bilateral-trust', atLeast: null, atMost: 3, now: 5 },
      { kind: 'move', atLeast: 3, atMost: null, now: 1 },
    ]);
    // A card that may be played, or has no prerequisites, waits for nothing.
    for (const card of view.team?.cards ?? []) {
      if (card.unavailable !== 'prerequisites') expect(card.missingPrerequisites).toEqual([]);
      else expect(card.missingPrerequisites.length).toBeGreaterThan(0);
    }
  });

  it('names no card or development the team may not know of', () => {
    const target = withSecretPrerequisites();
    const view = project(inputOf(atDecisions(target).context, [], target), mexico);
    const pact = view.team?.cards.find((card) => card.id === 'propose-supply-chain-pact');
    expect(pact?.missingPrerequisites).toEqual(
      expect.arrayContaining([
        { kind: 'action', card: null, outcome: 'any', within: 'exercise' },
        { kind: 'inject', inject: null },
        {
          kind: 'action',
          card: 'transfer-inmates-without-extradition',
          outcome: 'any',
          within: 'exercise',
        },
        { kind: 'inject', inject: 'strike-and-withdraw' },
      ]),
    );
    const json = JSON.stringify(view.team?.cards);
    expect(json).not.toContain('covert-drone-strike');
    expect(json).not.toContain('hitting-on-land');
  });
});

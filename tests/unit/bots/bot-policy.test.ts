import { describe, expect, it } from 'vitest';
import {
  alignment,
  chooseDilemmaOption,
  closeness,
  counterparts,
  decideForTeam,
  rankCards,
  teamValue,
  TEMPERAMENTS,
} from '../../../server/src/bots';
import { indexScenario, validateDecision, type World } from '../../../server/src/engine';
import { runGame } from '../../../server/src/simulate/run-game';
import { Driver } from '../../fixtures/engine/driver';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);
const world = (tracks: World['tracks']): World => ({ move: 1, tracks, actions: [], injects: [] });

describe('objective value', () => {
  it('gives full credit when a condition holds and partial credit as a track nears it', () => {
    const condition = { type: 'track' as const, track: 'trust', atLeast: 6 };
    expect(closeness(index, condition, world({ trust: 6 }))).toBe(1);
    const near = closeness(index, condition, world({ trust: 5 }));
    const far = closeness(index, condition, world({ trust: 2 }));
    expect(near).toBeGreaterThan(far);
    expect(near).toBeLessThan(1);
    expect(closeness(index, { type: 'not', condition }, world({ trust: 6 }))).toBe(0);
  });

  it('weighs a team objectives by their weights', () => {
    const mexico = fixture.teams[1];
    if (mexico === undefined) throw new Error('fixture');
    expect(teamValue(index, mexico, world({ escalation: 1, trust: 5, pressure: 5 }))).toBe(3);
  });

  it('finds partners and adversaries from the objectives', () => {
    const [washington, mexico, cartels] = fixture.teams;
    if (!washington || !mexico || !cartels) throw new Error('fixture');
    expect(alignment(washington, mexico)).toBeGreaterThan(0);
    expect(alignment(mexico, cartels)).toBeLessThan(0);
    expect(alignment(washington, cartels)).toBe(0);
    expect(counterparts(fixture, 'mexico')).toEqual(['washington']);
    expect(counterparts(fixture, 'cartels')).toEqual(['washington']);
  });
});

describe('bot policy', () => {
  it('always makes a legal decision, in every seat and temperament, without touching the exercise rng', () => {
    for (const temperament of TEMPERAMENTS) {
      for (let seed = 0; seed < 20; seed += 1) {
        const driver = new Driver(fixture, { seed }).toDecisions();
        for (const team of fixture.rules.turnOrder) {
          const rng = driver.context.rng;
          const decision = decideForTeam(fixture, driver.context, team, temperament);
          expect(validateDecision(index, driver.context, team, decision)).toBeNull();
          expect(driver.context.rng).toEqual(rng);
          driver.decide(team, decision);
        }
      }
    }
  });

  it('is deterministic for a seed, team and move, and varies with the seed', () => {
    const choices = (seed: number) => {
      const driver = new Driver(fixture, { seed }).toDecisions();
      return rankCards(fixture, driver.context, 'washington', 'balanced').map((c) => c.card);
    };
    expect(choices(3)).toEqual(choices(3));
    const distinct = new Set(Array.from({ length: 300 }, (_, seed) => choices(seed).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('lets the temperament weigh the cards: a hawkish cartel plays violence more than a cooperative one', () => {
    const violence = (temperament: 'hawkish' | 'cooperative') => {
      let count = 0;
      for (let seed = 0; seed < 100; seed += 1) {
        const game = runGame(fixture, { seed, temperaments: { cartels: temperament } });
        for (const decision of game.context.decisions) {
          if (decision.team === 'cartels') {
            count += decision.actions.filter((action) => action.card === 'violence').length;
          }
        }
      }
      return count;
    };
    expect(violence('hawkish')).toBeGreaterThan(violence('cooperative') * 1.5);
  });

  it('chooses an option when its team faces a dilemma, and nothing otherwise', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({ type: 'facilitator.endEarly', reason: 'r', ending: 'rupture' });
    const option = chooseDilemmaOption(fixture, driver.context, 'mexico', 'cooperative');
    expect(['accept', 'denounce']).toContain(option);
    expect(chooseDilemmaOption(fixture, driver.context, 'washington', 'hawkish')).toBeNull();
  });
});

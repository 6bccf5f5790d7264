import { describe, expect, it } from 'vitest';
import { indexScenario, type World } from '../../../server/src/engine';
import {
  fireTriggers,
  releasableFrom,
  releaseWhenConditionsHold,
  scheduledAtOpening,
} from '../../../server/src/engine/rules/release-injects';
import { Driver } from '../../fixtures/engine/driver';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);
const world = (move: number, tracks: World['tracks'], injects: string[] = []): World => ({
  move,
  tracks,
  actions: [],
  injects,
});
const cause = { kind: 'action' as const, action: 'm1-x-0', card: 'strike', team: 'washington' };

describe('release rules', () => {
  it('knows which injects a move schedules and from when a triggered one may fire', () => {
    const config = { skipPractice: false, moves: index.moves };
    expect(scheduledAtOpening(index, config, 1).map((card) => card.id)).toEqual(['opening']);
    const card = (id: string) => {
      const inject = index.injects.get(id);
      if (inject === undefined) throw new Error(id);
      return inject;
    };
    expect(releasableFrom(card('late-news'))).toBe(2);
    expect(releasableFrom(card('backchannel'))).toBe(0);
  });

  it('fires triggers once, applying their effects, and defers the early ones', () => {
    const fired = fireTriggers(index, world(1, { escalation: 1, trust: 5, pressure: 5 }), [
      { inject: 'strike-leak', fromMove: 1, cause },
      { inject: 'strike-leak', fromMove: 1, cause },
      { inject: 'late-news', fromMove: 2, cause },
      { inject: 'late-news', fromMove: 2, cause },
      { inject: 'unknown', fromMove: 0, cause },
    ]);
    expect(fired.released).toEqual([
      {
        inject: 'strike-leak',
        cause,
        changes: [{ track: 'trust', from: 5, to: 3, delta: -2, clamped: false }],
      },
    ]);
    expect(fired.world.injects).toEqual(['strike-leak']);
    expect(fired.deferred).toEqual([{ inject: 'late-news', fromMove: 2, cause }]);
  });

  it('releases conditional injects when their condition holds, never twice', () => {
    const hot = world(1, { escalation: 4, trust: 5, pressure: 5 });
    const first = releaseWhenConditionsHold(index, hot);
    expect(first.released.map((release) => release.inject)).toEqual(['crisis-alert']);
    expect(first.world.tracks.pressure).toBe(6);
    expect(releaseWhenConditionsHold(index, first.world).released).toEqual([]);
    expect(
      releaseWhenConditionsHold(index, world(1, { escalation: 3, trust: 5, pressure: 5 })).released,
    ).toEqual([]);
  });

  it('releases the scheduled injects when a move opens, and Control releases by hand', () => {
    const driver = new Driver().toDecisions();
    expect(driver.context.injects.map((release) => release.inject)).toEqual(['practice-brief']);
    driver.ok({ type: 'facilitator.releaseInject', inject: 'backchannel' });
    expect(driver.context.injects.at(-1)).toMatchObject({
      inject: 'backchannel',
      move: 0,
      cause: { kind: 'facilitator' },
    });
    driver.decideAll().publish().advance();
    expect(driver.context.injects.at(-1)).toMatchObject({
      inject: 'opening',
      move: 1,
      cause: { kind: 'scheduled' },
      changes: [{ track: 'pressure', from: 5, to: 6, delta: 1, clamped: false }],
    });
    // The practice move is a sandbox: what it released may be released again.
    driver.ok({ type: 'facilitator.releaseInject', inject: 'backchannel' });
    expect(driver.context.injects.filter((r) => r.inject === 'backchannel')).toHaveLength(2);
  });
});

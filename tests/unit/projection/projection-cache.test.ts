import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { ExerciseView } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { project } from '../../../server/src/projection';
import { objectCache } from '../../../server/src/projection/memo';
import { playRecordedGame, recipientsOf } from './recorded-game';

/**
 * The projection caches the parts of a view that do not change (log entries,
 * hand cards, released injects, published results) by their input objects.
 * A cache whose key leaves out something the part depends on would send a
 * stale or another reader's part; these tests compare, at every step of whole
 * games, each view with the view of a deep copy of the same input (new
 * objects, so nothing comes from the cache).
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const recipients = recipientsOf(scenario);

describe('objectCache', () => {
  it('computes once per object and variant', () => {
    const cache = objectCache<{ id: string }, string>();
    const key = { id: 'a' };
    let computed = 0;
    const value = (variant: string) =>
      cache(key, variant, () => `${key.id}${variant}${++computed}`);
    expect(value('x')).toBe('ax1');
    expect(value('x')).toBe('ax1');
    expect(value('y')).toBe('ay2');
    expect(cache({ id: 'a' }, 'x', () => 'fresh')).toBe('fresh');
  });
});

describe('the projection cache', () => {
  it.each([3, 7])(
    'gives every reader at every step what a fresh projection gives (seed %i)',
    (seed) => {
      let steps = 0;
      playRecordedGame(scenario, seed, ({ input }) => {
        steps += 1;
        if (steps % 3 !== 0) return;
        const copy = structuredClone(input);
        for (const recipient of recipients) {
          expect(project(input, recipient)).toEqual(project(copy, recipient));
        }
      });
      expect(steps).toBeGreaterThan(20);
    },
  );

  it('keeps the unchanged parts of a view as the same objects from one command to the next', () => {
    let previous: Map<string, ExerciseView> | null = null;
    let shared = { log: 0, cards: 0, injects: 0, results: 0 };
    playRecordedGame(scenario, 3, ({ input }) => {
      const views = new Map(
        recipients.map((recipient) => [JSON.stringify(recipient), project(input, recipient)]),
      );
      if (previous !== null) {
        for (const [key, view] of views) {
          const before = previous.get(key);
          if (before === undefined) continue;
          const sameAt = <T>(now: readonly T[], then: readonly T[]) =>
            now.filter((item, position) => item === then[position]).length;
          shared = {
            log: shared.log + sameAt(view.control?.log ?? [], before.control?.log ?? []),
            cards: shared.cards + sameAt(view.team?.cards ?? [], before.team?.cards ?? []),
            injects: shared.injects + sameAt(view.injects, before.injects),
            results: shared.results + sameAt(view.adjudications, before.adjudications),
          };
        }
      }
      previous = views;
    });
    expect(shared.log).toBeGreaterThan(100);
    expect(shared.cards).toBeGreaterThan(100);
    expect(shared.injects).toBeGreaterThan(50);
    expect(shared.results).toBeGreaterThan(10);
  });
});

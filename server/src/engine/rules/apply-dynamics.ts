import type { DynamicChange } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { applyEffects } from './apply-effects';
import { evaluateCondition } from './evaluate-condition';
import type { World } from './world';

/**
 * The scenario's dynamics after a move: each, in order, applies its effects
 * once if its condition holds in the world the move left (as earlier
 * dynamics changed it). Only the ones that changed a track are recorded.
 */
export function applyDynamics(
  index: ScenarioIndex,
  world: World,
): { world: World; dynamics: DynamicChange[] } {
  let current = world;
  const dynamics: DynamicChange[] = [];
  for (const dynamic of index.scenario.dynamics) {
    if (!evaluateCondition(dynamic.when, current)) continue;
    const applied = applyEffects(index.tracks, current.tracks, dynamic.effects);
    current = { ...current, tracks: applied.tracks };
    const changes = applied.changes.filter((change) => change.from !== change.to);
    if (changes.length > 0) dynamics.push({ dynamic: dynamic.id, changes });
  }
  return { world: current, dynamics };
}

import type { InjectCard } from '@borderline/shared';
import type {
  ExerciseContext,
  InjectRelease,
  PendingTrigger,
  ReleaseCause,
  TrackChange,
} from '../exercise-context';
import { formatOf, playedMoves, type PlayConfig, type ScenarioIndex } from '../scenario-index';
import { applyEffects } from './apply-effects';
import { evaluateCondition } from './evaluate-condition';
import { worldOf, type World } from './world';

export interface Release {
  inject: string;
  cause: ReleaseCause;
  changes: TrackChange[];
}

/** The move from which an inject may be released by a trigger or a condition. */
export function releasableFrom(inject: InjectCard): number {
  return inject.release.type === 'triggered' ? (inject.release.fromMove ?? 0) : 0;
}

function release(
  index: ScenarioIndex,
  world: World,
  inject: InjectCard,
  cause: ReleaseCause,
): { world: World; release: Release } {
  const applied = applyEffects(index.tracks, world.tracks, inject.effects);
  return {
    world: { ...world, tracks: applied.tracks, injects: [...world.injects, inject.id] },
    release: { inject: inject.id, cause, changes: applied.changes },
  };
}

/**
 * Releases the injects that actions named among their triggers. An inject is
 * released once; a trigger that comes before the inject's fromMove is held
 * back (deferred) until that move's adjudication.
 */
export function fireTriggers(
  index: ScenarioIndex,
  world: World,
  triggers: readonly PendingTrigger[],
): { world: World; released: Release[]; deferred: PendingTrigger[] } {
  let current = world;
  const released: Release[] = [];
  const deferred: PendingTrigger[] = [];
  for (const trigger of triggers) {
    const inject = index.injects.get(trigger.inject);
    if (inject === undefined || current.injects.includes(inject.id)) continue;
    if (trigger.fromMove > current.move) {
      if (!deferred.some((held) => held.inject === inject.id)) deferred.push(trigger);
      continue;
    }
    const step = release(index, current, inject, trigger.cause);
    current = step.world;
    released.push(step.release);
  }
  return { world: current, released, deferred };
}

/**
 * Releases every `triggered` inject whose `when` now holds and whose fromMove
 * has come, repeating until none more does (one release may enable another).
 */
export function releaseWhenConditionsHold(
  index: ScenarioIndex,
  world: World,
): { world: World; released: Release[] } {
  let current = world;
  const released: Release[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const inject of index.conditionalInjects) {
      const { release: rule } = inject;
      if (rule.type !== 'triggered' || rule.when === undefined) continue;
      if (current.injects.includes(inject.id) || releasableFrom(inject) > current.move) continue;
      if (!evaluateCondition(rule.when, current)) continue;
      const step = release(index, current, inject, { kind: 'condition' });
      current = step.world;
      released.push(step.release);
      changed = true;
    }
  }
  return { world: current, released };
}

/** Releases injects now, outside adjudication (scheduled at a move's opening, or by Control). */
export function releaseNow(
  index: ScenarioIndex,
  context: ExerciseContext,
  injects: readonly InjectCard[],
  cause: ReleaseCause,
  at: number,
): Partial<ExerciseContext> {
  if (injects.length === 0) return {};
  let world = worldOf(context);
  const releases: InjectRelease[] = [];
  for (const inject of injects) {
    if (world.injects.includes(inject.id)) continue;
    const step = release(index, world, inject, cause);
    world = step.world;
    releases.push({ ...step.release, move: context.move, at });
  }
  return {
    tracks: world.tracks as ExerciseContext['tracks'],
    injects: [...context.injects, ...releases],
  };
}

/**
 * The cards released when `move` opens: those scheduled for it, and those
 * scheduled for earlier moves the exercise does not play (a skipped practice
 * move, a short format's gaps), less the ones its format leaves out. So
 * whatever the format, the opening cards are seen.
 */
export function scheduledAtOpening(
  index: ScenarioIndex,
  config: PlayConfig,
  move: number,
): InjectCard[] {
  const played = playedMoves(index, config);
  const omitted = new Set(formatOf(index, config).omitInjects);
  return index.scenario.injects.filter((inject) => {
    if (inject.release.type !== 'scheduled' || omitted.has(inject.id)) return false;
    const scheduled = inject.release.move;
    return scheduled === move || (scheduled < move && !played.includes(scheduled));
  });
}

/**
 * The concluding cards the play never reached (it ended early, or the format
 * stops before them), in scenario order: the debrief shows them.
 */
export function concludingNotShown(index: ScenarioIndex, context: ExerciseContext): InjectCard[] {
  const shown = new Set(worldOf(context).injects);
  return index.scenario.injects.filter(
    (inject) => inject.concluding === true && !shown.has(inject.id),
  );
}

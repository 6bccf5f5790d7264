import type { ActionRecord, ExerciseContext, Tracks } from '../exercise-context';

/**
 * What conditions are evaluated against: the tracks, the move, the published
 * outcomes and the released injects. The practice move is a sandbox: once it
 * is over, its outcomes and releases no longer count.
 */
export interface World {
  move: number;
  tracks: Readonly<Tracks>;
  actions: readonly ActionRecord[];
  injects: readonly string[];
  /**
   * During adjudication only: every card the teams played this move, whatever
   * the order in which they decided, so that "played this move" holds for a
   * team that decided later too. Empty before (a team never learns another's
   * covert card from its odds).
   */
  declared?: readonly { team: string; card: string }[] | undefined;
}

/** Whether a record made in `recordMove` belongs to the world of `currentMove`. */
export function inSameWorld(recordMove: number, currentMove: number): boolean {
  return currentMove === 0 ? recordMove === 0 : recordMove !== 0;
}

const worlds = new WeakMap<ExerciseContext, World>();

/**
 * The world of a context. Contexts are immutable (every change makes a new
 * one), so the world is computed once per context and remembered.
 */
export function worldOf(context: ExerciseContext): World {
  let world = worlds.get(context);
  if (world === undefined) {
    world = buildWorld(context);
    worlds.set(context, world);
  }
  return world;
}

function buildWorld(context: ExerciseContext): World {
  const { move } = context;
  return {
    move,
    tracks: context.tracks,
    actions: context.outcomes.filter((record) => inSameWorld(record.move, move)),
    injects: context.injects
      .filter((release) => inSameWorld(release.move, move))
      .map((release) => release.inject),
  };
}

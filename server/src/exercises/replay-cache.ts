import type { ExerciseStore } from '../store/exercise-store';
import type { LiveExercise } from './live-exercise';
import { ExerciseReplay, ReplayRefusal } from './replay-exercise';

const CACHED_REPLAYS = 8;

/**
 * The replays built lately, so that stepping through one does not replay its
 * log for every request. An entry serves while the exercise object and its
 * log's length are the ones it was built from.
 */
export class ReplayCache {
  private readonly entries = new Map<
    string,
    { live: LiveExercise; seq: number; replay: ExerciseReplay }
  >();

  get(live: LiveExercise, store: ExerciseStore): ExerciseReplay {
    if (live.record.status !== 'ended') {
      const { move, phase } = live.engine.context;
      throw new ReplayRefusal(
        'exercise-not-ended',
        `This exercise has not ended (it is in move ${move}, ${phase}); replay and fork open once Control closes the hotwash.`,
      );
    }
    const cached = this.entries.get(live.id);
    this.entries.delete(live.id);
    const replay =
      cached !== undefined && cached.live === live && cached.seq === live.seq
        ? cached.replay
        : ExerciseReplay.build(store, live);
    this.entries.set(live.id, { live, seq: live.seq, replay });
    for (const id of this.entries.keys()) {
      if (this.entries.size <= CACHED_REPLAYS) break;
      this.entries.delete(id);
    }
    return replay;
  }
}

import type { ExerciseView } from '@borderline/shared';
import { useExerciseStore } from '../state/exercise-store';

/** The latest view the server sent this browser; null until the first arrives. */
export function useView(): ExerciseView | null {
  return useExerciseStore((state) => state.view.current);
}

/** How far the browser's clock runs behind the server's (ms), from the latest view. */
export function useServerOffset(): number {
  return useExerciseStore((state) => {
    const serverTime = state.view.current?.exercise.serverTime ?? null;
    const receivedAt = state.view.receivedAt;
    return serverTime === null || receivedAt === null ? 0 : serverTime - receivedAt;
  });
}

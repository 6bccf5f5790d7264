import type { ExerciseView } from '@borderline/shared';

// Being written (issue 5): replaced by the screen itself.
export function ObserverScreen({ view, large }: { view: ExerciseView; large: boolean }) {
  return (
    <main id="content" data-large={large}>
      {view.exercise.phase}
    </main>
  );
}

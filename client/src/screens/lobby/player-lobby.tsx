import type { ExerciseView } from '@borderline/shared';

// Being written (issue 5): replaced by the screen itself.
export function PlayerLobby({ view }: { view: ExerciseView }) {
  return <main id="content">{view.exercise.phase}</main>;
}

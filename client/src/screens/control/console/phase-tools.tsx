import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { EndEarlyControl } from './end-early-control';
import { SkipPracticeButton } from './skip-practice-button';
import { SkipTurnControl } from './skip-turn-control';

/** The ways to cut a phase short, beside the next step: each shown only where it applies. */
export function PhaseTools({ view, names }: { view: ExerciseView; names: Names }) {
  return (
    <div className="control-tools">
      <SkipPracticeButton view={view} />
      <SkipTurnControl view={view} names={names} />
      <EndEarlyControl view={view} names={names} />
    </div>
  );
}

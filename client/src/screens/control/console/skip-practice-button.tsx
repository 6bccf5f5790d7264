import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';

/**
 * Shown during the practice move only. In the briefing it makes the first
 * move move 1; during move 0 it ends the practice and opens move 1 at once.
 */
export function SkipPracticeButton({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const command = useCommand();
  const { exercise } = view;
  if (!exercise.practice) return null;
  const inBriefing = exercise.phase === 'briefing';
  const allowed = view.control?.open.skipPractice ?? false;
  return (
    <div className="control-inline">
      <button
        type="button"
        className="secondary"
        data-testid="skip-practice-now"
        disabled={!allowed || command.pending}
        onClick={() => void command.send({ type: 'facilitator.skipPractice' })}
      >
        {inBriefing ? t('control.skipPractice.inBriefing') : t('control.skipPractice.now')}
      </button>
      {inBriefing && exercise.config.skipPractice && (
        <p className="control-hint">{t('control.skipPractice.alreadySkipped')}</p>
      )}
      <CommandError error={command.error} />
    </div>
  );
}

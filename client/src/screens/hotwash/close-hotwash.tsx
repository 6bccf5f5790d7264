import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';

/**
 * Control ends the exercise by closing the hotwash, after a confirmation in
 * place (it cannot be undone: no reflection is taken afterwards), saying who
 * has not reflected yet. The cockpit offers it as its next action at the
 * last stage, and on demand before; while paused it offers resuming instead.
 */
export function CloseHotwash({
  view,
  missing,
  primary = false,
}: {
  view: ExerciseView;
  missing: number;
  /** The cockpit's one next action (the last stage), rather than a choice on demand. */
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = useCommand();
  if (view.exercise.phase !== 'hotwash' || view.exercise.paused) return null;
  const open = view.exercise.tags.includes('accepting-reflections');

  return (
    <div className="close-hotwash">
      {!confirming ? (
        <button
          type="button"
          className={primary ? 'danger control-primary' : 'danger'}
          data-testid="close-hotwash"
          data-next-action={primary ? 'close-hotwash' : undefined}
          disabled={!open || close.pending}
          aria-describedby="close-hotwash-intro"
          onClick={() => {
            close.clear();
            setConfirming(true);
          }}
        >
          {t('hotwash.control.close')}
        </button>
      ) : (
        <div role="group" aria-labelledby="close-confirm-text" className="close-hotwash-question">
          <p id="close-confirm-text">
            <strong>{t('hotwash.control.confirmText')}</strong>{' '}
            {missing > 0 && t('hotwash.control.confirmMissing', { count: missing })}
          </p>
          <div className="close-hotwash-buttons">
            <button
              type="button"
              className="danger"
              data-testid="close-hotwash-confirm"
              disabled={!open || close.pending}
              onClick={async () => {
                if (await close.send({ type: 'facilitator.closeHotwash' })) setConfirming(false);
              }}
            >
              {t('hotwash.control.confirm')}
            </button>
            <button
              type="button"
              className="secondary"
              // The question replaces the button just pressed: focus goes to the safe answer.
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('hotwash.control.cancel')}
            </button>
          </div>
        </div>
      )}
      {!confirming && (
        <p id="close-hotwash-intro" className="control-hint">
          {t('hotwash.control.closeIntro')}
        </p>
      )}
      <CommandError error={close.error} />
    </div>
  );
}

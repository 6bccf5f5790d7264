import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../components/command-error';
import { useCommand } from '../../exercise/use-command';

/**
 * Control ends the exercise by closing the hotwash, after a confirmation
 * (it cannot be undone: no reflection is taken afterwards). While paused,
 * the hotwash must be resumed first, and this offers to.
 */
export function CloseHotwash({ view, missing }: { view: ExerciseView; missing: number }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const close = useCommand();
  const resume = useCommand();
  if (view.exercise.phase !== 'hotwash') return null;
  const open = view.exercise.tags.includes('accepting-reflections');

  if (view.exercise.paused) {
    return (
      <div className="panel close-hotwash">
        <p>{t('hotwash.control.pausedNote')}</p>
        <button
          type="button"
          data-testid="resume-hotwash"
          disabled={resume.pending}
          onClick={() => void resume.send({ type: 'facilitator.resume' })}
        >
          {t('hotwash.control.resume')}
        </button>
        <CommandError error={resume.error} />
      </div>
    );
  }

  return (
    <div className="panel close-hotwash">
      <h3>{t('hotwash.control.closeTitle')}</h3>
      {!confirming ? (
        <>
          <p>{t('hotwash.control.closeIntro')}</p>
          <button
            type="button"
            className="danger"
            data-testid="close-hotwash"
            disabled={!open || close.pending}
            onClick={() => {
              close.clear();
              setConfirming(true);
            }}
          >
            {t('hotwash.control.close')}
          </button>
        </>
      ) : (
        <div role="group" aria-labelledby="close-confirm-text">
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
      <CommandError error={close.error} />
    </div>
  );
}

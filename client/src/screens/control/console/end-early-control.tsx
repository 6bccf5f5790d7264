import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { Glyph, WarningIcon } from '../../../components/icons';

/**
 * Ends the play now. It asks once, in a dialog that takes the reason (it
 * goes on record) and, optionally, one of the scenario's endings; nothing
 * is sent until Control confirms there.
 */
export function EndEarlyControl({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [ending, setEnding] = useState('');
  const endings = view.control?.endings ?? [];
  const allowed = view.control?.open.endEarly ?? false;
  const chosen = endings.find((candidate) => candidate.id === ending);

  const confirm = async () => {
    if (reason.trim() === '') return;
    const sent = await command.send({
      type: 'facilitator.endEarly',
      reason: reason.trim(),
      ...(ending === '' ? {} : { ending }),
    });
    if (sent) setOpen(false);
  };

  return (
    <div className="control-inline">
      <button
        type="button"
        className="danger"
        data-testid="end-early"
        disabled={!allowed}
        onClick={() => {
          command.clear();
          setOpen(true);
        }}
      >
        {t('control.endEarly.open')}
      </button>
      {open && (
        <ConfirmDialog
          testId="end-early-dialog"
          title={t('control.endEarly.title')}
          confirmLabel={t('control.endEarly.confirm')}
          cancelLabel={t('control.cancel')}
          danger
          confirmDisabled={!allowed || reason.trim() === '' || command.pending}
          onCancel={() => setOpen(false)}
          onConfirm={confirm}
        >
          <p className="control-warning">
            <Glyph icon={WarningIcon} />
            {t('control.endEarly.warning')}
          </p>
          <label htmlFor="end-early-reason">{t('control.endEarly.reason')}</label>
          <textarea
            id="end-early-reason"
            data-testid="end-early-reason"
            data-autofocus
            required
            rows={2}
            maxLength={LIMITS.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <label htmlFor="end-early-ending">{t('control.endEarly.ending')}</label>
          <select
            id="end-early-ending"
            data-testid="end-early-ending"
            value={ending}
            onChange={(event) => setEnding(event.target.value)}
          >
            <option value="">{t('control.endEarly.noEnding')}</option>
            {endings.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {names.ending(candidate.id)}
              </option>
            ))}
          </select>
          {chosen?.dilemma !== undefined && (
            <p className="control-hint">
              {t('control.endEarly.dilemmaNote', { team: names.team(chosen.dilemma.team) })}
            </p>
          )}
          <CommandError error={command.error} />
        </ConfirmDialog>
      )}
    </div>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { Glyph, WarningIcon } from '../../../components/icons';

/**
 * Ends the play now, behind a form that asks for the reason (it goes on
 * record) and, optionally, one of the scenario's endings; nothing is sent
 * until Control confirms.
 */
export function EndEarlyControl({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [ending, setEnding] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);
  const endings = view.control?.endings ?? [];
  const allowed = view.control?.open.endEarly ?? false;
  const chosen = endings.find((candidate) => candidate.id === ending);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    const sent = await command.send({
      type: 'facilitator.endEarly',
      reason: reason.trim(),
      ...(ending === '' ? {} : { ending }),
    });
    if (sent) setOpen(false);
  };

  if (!open) {
    return (
      <div className="control-inline">
        <button
          type="button"
          className="danger"
          data-testid="end-early"
          disabled={!allowed}
          onClick={() => setOpen(true)}
        >
          {t('control.endEarly.open')}
        </button>
      </div>
    );
  }
  return (
    <form className="control-end-early" onSubmit={confirm} aria-labelledby="end-early-title">
      <h3 id="end-early-title">{t('control.endEarly.title')}</h3>
      <p className="control-warning">
        <Glyph icon={WarningIcon} />
        {t('control.endEarly.warning')}
      </p>
      <label htmlFor="end-early-reason">{t('control.endEarly.reason')}</label>
      <textarea
        id="end-early-reason"
        ref={reasonRef}
        data-testid="end-early-reason"
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
      <div className="control-buttons">
        <button
          type="submit"
          className="danger"
          data-testid="end-early-confirm"
          disabled={!allowed || reason.trim() === '' || command.pending}
        >
          {t('control.endEarly.confirm')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="end-early-cancel"
          onClick={() => {
            setOpen(false);
            command.clear();
          }}
        >
          {t('control.cancel')}
        </button>
      </div>
      <CommandError error={command.error} />
    </form>
  );
}

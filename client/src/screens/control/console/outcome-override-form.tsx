import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ActionResult } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';

type Decided = 'success' | 'failure';

/** Control decides an action's outcome instead of the dice; the reason goes on record. */
export function OutcomeOverrideForm({
  result,
  enabled,
}: {
  result: ActionResult;
  enabled: boolean;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const shown: Decided = result.outcome === 'failure' ? 'failure' : 'success';
  const [chosen, setChosen] = useState<Decided | null>(null);
  const [reason, setReason] = useState('');
  const outcome = chosen ?? shown;
  const id = result.id;
  const missingReason = reason.trim() === '';

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (missingReason) return;
    const sent = await command.send({
      type: 'facilitator.overrideOutcome',
      action: id,
      outcome,
      reason: reason.trim(),
    });
    if (sent) {
      setChosen(null);
      setReason('');
    }
  };

  return (
    <form
      className="control-override"
      onSubmit={apply}
      aria-label={t('control.review.overrideTitle')}
    >
      <label htmlFor={`outcome-${id}`}>{t('control.review.setOutcome')}</label>
      <select
        id={`outcome-${id}`}
        data-testid={`outcome-${id}`}
        value={outcome}
        disabled={!enabled}
        onChange={(event) => setChosen(event.target.value === 'failure' ? 'failure' : 'success')}
      >
        <option value="success">{t('control.outcome.success')}</option>
        <option value="failure">{t('control.outcome.failure')}</option>
      </select>
      <label htmlFor={`outcome-reason-${id}`}>{t('control.review.reason')}</label>
      <input
        id={`outcome-reason-${id}`}
        data-testid={`outcome-reason-${id}`}
        value={reason}
        required
        maxLength={LIMITS.reason}
        disabled={!enabled}
        onChange={(event) => setReason(event.target.value)}
      />
      <button
        type="submit"
        className="secondary"
        data-testid={`override-${id}`}
        disabled={!enabled || missingReason || command.pending}
      >
        {t('control.review.applyOverride')}
      </button>
      {missingReason && enabled && chosen !== null && (
        <p className="control-hint">{t('control.review.reasonNeeded')}</p>
      )}
      <CommandError error={command.error} />
    </form>
  );
}

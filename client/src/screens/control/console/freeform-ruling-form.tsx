import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type FreeformRuling, type Track } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import { EffectRows, effectsOf, type EffectRow } from './effect-rows';

function rowsOf(ruling: FreeformRuling | undefined, side: 'onSuccess' | 'onFailure'): EffectRow[] {
  if (ruling?.kind !== 'odds') return [];
  return ruling[side]
    .filter((effect) => effect.delta !== undefined)
    .map((effect, index) => ({ key: index + 1, track: effect.track, delta: String(effect.delta) }));
}

/**
 * Matrix-game adjudication of a free-form action: Control sets its odds
 * (with what success and failure would do to the tracks) or vetoes it as
 * implausible. Either way the reason goes on record. Stays open after a
 * ruling, so that Control can revise it until the results are published.
 */
export function FreeformRulingForm({
  action,
  ruling,
  tracks,
  enabled,
}: {
  action: string;
  ruling: FreeformRuling | undefined;
  tracks: Track[];
  enabled: boolean;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const [odds, setOdds] = useState(ruling?.kind === 'odds' ? String(ruling.odds) : '');
  const [reason, setReason] = useState('');
  const [onSuccess, setOnSuccess] = useState<EffectRow[]>(() => rowsOf(ruling, 'onSuccess'));
  const [onFailure, setOnFailure] = useState<EffectRow[]>(() => rowsOf(ruling, 'onFailure'));
  const percent = Number(odds);
  const oddsValid =
    odds.trim() !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
  const hasReason = reason.trim() !== '';

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!oddsValid || !hasReason) return;
    const sent = await command.send({
      type: 'facilitator.setFreeformOdds',
      action,
      odds: percent,
      reason: reason.trim(),
      onSuccess: effectsOf(onSuccess),
      onFailure: effectsOf(onFailure),
    });
    if (sent) setReason('');
  };
  const veto = async () => {
    if (!hasReason) return;
    if (await command.send({ type: 'facilitator.vetoFreeform', action, reason: reason.trim() }))
      setReason('');
  };

  return (
    <form
      className="control-freeform"
      onSubmit={apply}
      aria-label={t('control.review.freeformTitle')}
    >
      <h5>{t('control.review.freeformTitle')}</h5>
      <div className="control-freeform-fields">
        <label htmlFor={`freeform-odds-${action}`}>{t('control.review.odds')}</label>
        <input
          id={`freeform-odds-${action}`}
          data-testid={`freeform-odds-${action}`}
          type="number"
          min={0}
          max={100}
          step={1}
          value={odds}
          disabled={!enabled}
          aria-invalid={odds !== '' && !oddsValid}
          onChange={(event) => setOdds(event.target.value)}
        />
        <label htmlFor={`freeform-reason-${action}`}>{t('control.review.reason')}</label>
        <input
          id={`freeform-reason-${action}`}
          data-testid={`freeform-reason-${action}`}
          value={reason}
          maxLength={LIMITS.reason}
          disabled={!enabled}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <EffectRows
        legend={t('control.review.onSuccess')}
        idPrefix={`freeform-success-${action}`}
        rows={onSuccess}
        tracks={tracks}
        disabled={!enabled}
        onChange={setOnSuccess}
      />
      <EffectRows
        legend={t('control.review.onFailure')}
        idPrefix={`freeform-failure-${action}`}
        rows={onFailure}
        tracks={tracks}
        disabled={!enabled}
        onChange={setOnFailure}
      />
      <div className="control-buttons">
        <button
          type="submit"
          data-testid={`freeform-apply-${action}`}
          disabled={!enabled || !oddsValid || !hasReason || command.pending}
        >
          {t('control.review.setOdds')}
        </button>
        <button
          type="button"
          className="danger"
          data-testid={`veto-${action}`}
          disabled={!enabled || !hasReason || command.pending}
          onClick={() => void veto()}
        >
          {t('control.review.veto')}
        </button>
      </div>
      {enabled && (!oddsValid || !hasReason) && (
        <p className="control-hint">{t('control.review.freeformNeeds')}</p>
      )}
      <CommandError error={command.error} />
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { LIMITS, type DraftDecision } from '@borderline/shared';

/**
 * A free-form action, matrix-game style: what the team does, one to three
 * reasons why it would work (Control sets the odds from them), and whether
 * it is done in the open.
 */
export function FreeformFields({
  draft,
  covertAllowed,
  onChange,
}: {
  draft: DraftDecision;
  covertAllowed: boolean;
  onChange: (patch: Partial<DraftDecision>) => void;
}) {
  const { t } = useTranslation();
  const reasons = draft.reasons ?? [];
  const setReason = (index: number, text: string) => {
    const next = Array.from({ length: LIMITS.freeformReasons }, (_, i) => reasons[i] ?? '');
    next[index] = text;
    // Trailing empty boxes are not worth keeping in the shared draft.
    while (next.length > 0 && next[next.length - 1] === '') next.pop();
    onChange({ reasons: next });
  };
  return (
    <fieldset className="tr-freeform">
      <legend>{t('team.form.freeform')}</legend>
      <p className="tr-hint">{t('team.form.freeformHint')}</p>
      <label htmlFor="freeform-description">{t('team.form.description')}</label>
      <textarea
        id="freeform-description"
        data-testid="freeform-description"
        rows={3}
        maxLength={LIMITS.freeformDescription}
        value={draft.description ?? ''}
        onChange={(event) => onChange({ description: event.target.value })}
      />
      {Array.from({ length: LIMITS.freeformReasons }, (_, index) => (
        <div key={index} className="tr-field">
          <label htmlFor={`freeform-reason-${index}`}>
            {index === 0
              ? t('team.form.firstReason')
              : t('team.form.moreReason', { number: index + 1 })}
          </label>
          <input
            id={`freeform-reason-${index}`}
            data-testid={`freeform-reason-${index}`}
            maxLength={LIMITS.freeformReason}
            value={reasons[index] ?? ''}
            onChange={(event) => setReason(index, event.target.value)}
          />
        </div>
      ))}
      <div className="tr-field">
        <label htmlFor="freeform-visibility">{t('team.form.visibility')}</label>
        <select
          id="freeform-visibility"
          data-testid="freeform-visibility"
          value={draft.visibility ?? 'public'}
          onChange={(event) =>
            onChange({ visibility: event.target.value === 'covert' ? 'covert' : 'public' })
          }
        >
          <option value="public">{t('team.visibility.public')}</option>
          <option value="covert" disabled={!covertAllowed}>
            {t('team.visibility.covert')}
          </option>
        </select>
        {!covertAllowed && <p className="tr-hint">{t('team.form.noCovert')}</p>}
      </div>
    </fieldset>
  );
}

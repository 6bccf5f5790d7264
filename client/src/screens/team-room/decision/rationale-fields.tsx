import { useTranslation } from 'react-i18next';
import { LIMITS, type DraftDecision } from '@borderline/shared';

/** The rationale (kept for the debrief; required with cards) and the optional public statement. */
export function RationaleFields({
  draft,
  onChange,
}: {
  draft: DraftDecision;
  onChange: (patch: Partial<DraftDecision>) => void;
}) {
  const { t } = useTranslation();
  const required = draft.kind === 'actions';
  return (
    <div className="tr-texts">
      <div className="tr-field">
        <label htmlFor="decision-rationale">
          {required ? t('team.form.rationaleRequired') : t('team.form.rationaleOptional')}
        </label>
        <p id="decision-rationale-hint" className="tr-hint">
          {t('team.form.rationaleHint')}
        </p>
        <textarea
          id="decision-rationale"
          data-testid="rationale"
          rows={3}
          required={required}
          aria-describedby="decision-rationale-hint"
          maxLength={LIMITS.rationale}
          value={draft.rationale ?? ''}
          onChange={(event) => onChange({ rationale: event.target.value })}
        />
      </div>
      <div className="tr-field">
        <label htmlFor="decision-statement">{t('team.form.statement')}</label>
        <p id="decision-statement-hint" className="tr-hint">
          {t('team.form.statementHint')}
        </p>
        <textarea
          id="decision-statement"
          data-testid="statement"
          rows={2}
          aria-describedby="decision-statement-hint"
          maxLength={LIMITS.statement}
          value={draft.statement ?? ''}
          onChange={(event) => onChange({ statement: event.target.value })}
        />
      </div>
    </div>
  );
}

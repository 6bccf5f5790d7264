import { useTranslation } from 'react-i18next';
import type { DraftDecision } from '@borderline/shared';

const KINDS = ['actions', 'freeform', 'hold'] as const;

/** The three kinds of decision as radio buttons, each with a line saying what it means. */
export function KindPicker({
  kind,
  onChange,
}: {
  kind: DraftDecision['kind'];
  onChange: (kind: DraftDecision['kind']) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="tr-kinds">
      <legend>{t('team.form.kind')}</legend>
      {KINDS.map((value) => (
        <div key={value} className="tr-kind">
          <input
            type="radio"
            id={`decision-kind-${value}`}
            name="decision-kind"
            value={value}
            checked={kind === value}
            aria-describedby={`decision-kind-${value}-hint`}
            onChange={() => onChange(value)}
          />
          <label htmlFor={`decision-kind-${value}`}>{t(`team.kind.${value}`)}</label>
          <p id={`decision-kind-${value}-hint`} className="tr-hint">
            {t(`team.kindHint.${value}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_MINUTES,
  MIN_MINUTES,
  minutesOf,
  TIMING_KEYS,
  type TimingDraft,
  type TimingKey,
} from './timing-draft';

/** The four phase lengths; a field out of bounds says so under itself at once. */
export function TimingFields({
  draft,
  onChange,
}: {
  draft: TimingDraft;
  onChange: (key: TimingKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="timing-fields" aria-describedby={`${id}-hint`}>
      <legend>{t('start.create.timing')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('start.create.timingHint')}
      </p>
      <div className="timing-grid">
        {TIMING_KEYS.map((key) => {
          const invalid = minutesOf(draft[key]) === null;
          const inputId = `${id}-${key}`;
          return (
            <div key={key} className="timing-field">
              <label htmlFor={inputId}>{t(`start.create.phase.${key}`)}</label>
              <input
                id={inputId}
                name={key}
                data-testid={`timing-${key}`}
                type="number"
                inputMode="numeric"
                min={MIN_MINUTES}
                max={MAX_MINUTES}
                step={1}
                required
                value={draft[key]}
                onChange={(event) => onChange(key, event.target.value)}
                aria-invalid={invalid}
                aria-describedby={invalid ? `${inputId}-error` : undefined}
              />
              {invalid && (
                <p id={`${inputId}-error`} className="field-error">
                  {t('start.create.minutesInvalid')}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

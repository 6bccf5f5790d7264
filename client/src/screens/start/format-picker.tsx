import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormatSummary } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { movesPlayedText } from './format-words';

/**
 * The scenario's formats as radio cards: each says its name, its total time
 * in large type, the moves it plays, how decisions are taken and what it is
 * for. The first is chosen to begin with (the server's default).
 */
export function FormatPicker({
  formats,
  chosen,
  onChoose,
}: {
  formats: FormatSummary[];
  chosen: string;
  onChoose: (format: FormatSummary) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <fieldset className="format-picker" aria-describedby={`${id}-hint`}>
      <legend>{t('start.format.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('start.format.hint')}
      </p>
      <div className="format-options">
        {formats.map((format) => {
          const checked = format.id === chosen;
          const inputId = `${id}-${format.id}`;
          return (
            <label
              key={format.id}
              htmlFor={inputId}
              className={checked ? 'format-option format-option-chosen' : 'format-option'}
              data-format={format.id}
            >
              <span className="format-option-head">
                <input
                  type="radio"
                  id={inputId}
                  name="format"
                  value={format.id}
                  data-testid={`format-${format.id}`}
                  checked={checked}
                  onChange={() => onChoose(format)}
                  // The name alone names it; the time and the facts describe it.
                  aria-labelledby={`${inputId}-name`}
                  aria-describedby={`${inputId}-minutes ${inputId}-facts`}
                />
                <span id={`${inputId}-name`} className="format-name">
                  {localize(format.name, language)}
                </span>
              </span>
              <span
                id={`${inputId}-minutes`}
                className="format-minutes"
                data-testid={`format-minutes-${format.id}`}
              >
                {t('start.format.minutes', { count: format.minutes })}
              </span>
              <span id={`${inputId}-facts`} className="format-facts">
                <span className="format-fact">{movesPlayedText(t, format, language)}</span>
                <span className="format-fact">{t(`start.format.mode.${format.decisionMode}`)}</span>
                <span className="format-description">{localize(format.description, language)}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

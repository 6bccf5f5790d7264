import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTotalMinutes, type FormatSummary } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import {
  MAX_MINUTES,
  MIN_MINUTES,
  minutesOf,
  sameTiming,
  TIMING_KEYS,
  timingOf,
  type TimingDraft,
  type TimingKey,
} from './timing-draft';
import { Glyph, WarningIcon } from '../../components/icons';

/**
 * The four phase lengths, the chosen format's own to begin with; a field out
 * of bounds says so under itself at once. Under them, the total the session
 * now plans (the formula of `formatTotalMinutes`), once the times are edited
 * or the practice move is skipped, next to the total the format announces.
 */
export function TimingFields({
  draft,
  format,
  teams,
  skipPractice,
  onChange,
  onReset,
}: {
  draft: TimingDraft;
  /** The chosen format; null for a scenario that lists none (its own times are filled in). */
  format: FormatSummary | null;
  /** How many teams decide (each has its own window when decisions are in turn). */
  teams: number;
  skipPractice: boolean;
  onChange: (key: TimingKey, value: string) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const edited = format !== null && !sameTiming(draft, format.timing);
  return (
    <fieldset className="timing-fields" aria-describedby={`${id}-hint`}>
      <legend>{t('start.create.timing')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {format === null
          ? t('start.create.timingHint')
          : t('start.create.timingFormatHint', { format: localize(format.name, language) })}
      </p>
      <div className="timing-grid">
        {TIMING_KEYS.map((key) => {
          const invalid = minutesOf(draft[key]) === null;
          const inputId = `${id}-${key}`;
          return (
            <div key={key} className="timing-field">
              <label htmlFor={inputId}>
                {key === 'decisionMinutes' && format?.decisionMode === 'simultaneous'
                  ? t('start.create.decisionAtOnce')
                  : t(`start.create.phase.${key}`)}
              </label>
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
                  <Glyph icon={WarningIcon} />
                  {t('start.create.minutesInvalid')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {format !== null && (
        <PlannedTotal
          draft={draft}
          format={format}
          teams={teams}
          skipPractice={skipPractice}
          edited={edited}
        />
      )}
      {edited && (
        <button type="button" className="secondary" data-testid="timing-reset" onClick={onReset}>
          {t('start.create.timingReset')}
        </button>
      )}
    </fieldset>
  );
}

function PlannedTotal({
  draft,
  format,
  teams,
  skipPractice,
  edited,
}: {
  draft: TimingDraft;
  format: FormatSummary;
  teams: number;
  skipPractice: boolean;
  edited: boolean;
}) {
  const { t } = useTranslation();
  const timing = timingOf(draft);
  const moves =
    skipPractice && format.hasPracticeMove
      ? format.moves.filter((move) => move !== 0)
      : format.moves;
  const total =
    timing === null
      ? null
      : formatTotalMinutes(
          {
            moves,
            decisionMode: format.decisionMode,
            timing: { ...timing, resultsMinutes: format.timing.resultsMinutes },
          },
          teams,
        );
  let words: string;
  if (total === null) words = t('start.create.totalInvalid');
  else if (!edited && total === format.minutes)
    words = t('start.create.totalAsPlanned', { count: total });
  else words = t('start.create.totalChanged', { count: total, planned: format.minutes });
  return (
    <div className="timing-total" data-testid="timing-total">
      <p role="status">
        <strong>{words}</strong>
      </p>
      <p className="field-hint">
        {format.decisionMode === 'sequential'
          ? t('start.create.totalHowSequential', {
              count: moves.length,
              teams,
              results: format.timing.resultsMinutes,
            })
          : t('start.create.totalHowSimultaneous', {
              count: moves.length,
              results: format.timing.resultsMinutes,
            })}
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Track } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import { useLanguage } from '../../../i18n/use-language';

export interface EffectRow {
  key: number;
  track: string;
  delta: string;
}

/**
 * Track + step rows for a free-form ruling ("bilateral trust −1"). A row
 * without a whole, non-zero step is left out of the command.
 */
export function EffectRows({
  legend,
  idPrefix,
  rows,
  tracks,
  disabled,
  onChange,
}: {
  legend: string;
  idPrefix: string;
  rows: EffectRow[];
  tracks: Track[];
  disabled: boolean;
  onChange: (rows: EffectRow[]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = (key: number, patch: Partial<EffectRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), 0) + 1;

  return (
    <fieldset className="control-effects">
      <legend>{legend}</legend>
      {rows.map((row) => (
        <div key={row.key} className="control-effect-row">
          <label htmlFor={`${idPrefix}-track-${row.key}`}>{t('control.review.track')}</label>
          <select
            id={`${idPrefix}-track-${row.key}`}
            value={row.track}
            disabled={disabled}
            onChange={(event) => update(row.key, { track: event.target.value })}
          >
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {localize(track.name, language)}
              </option>
            ))}
          </select>
          <label htmlFor={`${idPrefix}-delta-${row.key}`}>{t('control.review.delta')}</label>
          <input
            id={`${idPrefix}-delta-${row.key}`}
            type="number"
            step={1}
            value={row.delta}
            disabled={disabled}
            onChange={(event) => update(row.key, { delta: event.target.value })}
          />
          <button
            type="button"
            className="secondary"
            disabled={disabled}
            onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}
          >
            {t('control.review.removeEffect')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        disabled={disabled || tracks.length === 0}
        onClick={() => onChange([...rows, { key: nextKey, track: tracks[0]?.id ?? '', delta: '' }])}
      >
        {t('control.review.addEffect')}
      </button>
    </fieldset>
  );
}

/** The rows as the command's effects: whole, non-zero steps only. */
export function effectsOf(rows: EffectRow[]): { track: string; delta: number }[] {
  return rows
    .map((row) => ({ track: row.track, delta: Number(row.delta) }))
    .filter(
      (effect) => effect.track !== '' && Number.isInteger(effect.delta) && effect.delta !== 0,
    );
}

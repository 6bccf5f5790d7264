import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';

/**
 * Sets a track to a value, with a reason on record. During review it
 * applies on top of the adjudication; otherwise at once.
 */
export function TrackOverrideForm({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const tracks = view.scenario.tracks;
  const [trackId, setTrackId] = useState(tracks[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const track = tracks.find((candidate) => candidate.id === trackId);
  const review = view.control?.review ?? null;
  const now = view.tracks.current[trackId];
  const after = review?.tracksAfter[trackId];
  const number = Number(value);
  const valueValid =
    track !== undefined &&
    value.trim() !== '' &&
    Number.isInteger(number) &&
    number >= track.min &&
    number <= track.max;
  const enabled = view.control?.open.overrideTrack ?? false;

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!valueValid || reason.trim() === '') return;
    const sent = await command.send({
      type: 'facilitator.overrideTrack',
      track: trackId,
      value: number,
      reason: reason.trim(),
    });
    if (sent) {
      setValue('');
      setReason('');
    }
  };

  return (
    <form
      className="control-track-override"
      onSubmit={apply}
      aria-label={t('control.trackOverride.title')}
    >
      <p className="control-hint">
        {review === null ? t('control.trackOverride.now') : t('control.trackOverride.inReview')}
      </p>
      <div className="control-fields">
        <label htmlFor="track-override-track">{t('control.review.track')}</label>
        <select
          id="track-override-track"
          data-testid="track-override-track"
          value={trackId}
          disabled={!enabled}
          onChange={(event) => setTrackId(event.target.value)}
        >
          {tracks.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {names.track(candidate.id)}
            </option>
          ))}
        </select>
        <label htmlFor="track-override-value">
          {track === undefined
            ? t('control.trackOverride.value')
            : t('control.trackOverride.valueRange', { min: track.min, max: track.max })}
        </label>
        <input
          id="track-override-value"
          data-testid="track-override-value"
          type="number"
          step={1}
          min={track?.min}
          max={track?.max}
          value={value}
          disabled={!enabled}
          aria-invalid={value !== '' && !valueValid}
          onChange={(event) => setValue(event.target.value)}
        />
        <label htmlFor="track-override-reason">{t('control.review.reason')}</label>
        <input
          id="track-override-reason"
          data-testid="track-override-reason"
          value={reason}
          maxLength={LIMITS.reason}
          disabled={!enabled}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {track !== undefined && (
        <p className="control-hint">
          {after === undefined
            ? t('control.trackOverride.current', { value: now ?? track.start })
            : t('control.trackOverride.currentAndAfter', { value: now ?? track.start, after })}
        </p>
      )}
      <button
        type="submit"
        className="secondary"
        data-testid="track-override-apply"
        disabled={!enabled || !valueValid || reason.trim() === '' || command.pending}
      >
        {t('control.trackOverride.apply')}
      </button>
      {!enabled && <p className="control-hint">{t('control.trackOverride.notNow')}</p>}
      <CommandError error={command.error} />
    </form>
  );
}
